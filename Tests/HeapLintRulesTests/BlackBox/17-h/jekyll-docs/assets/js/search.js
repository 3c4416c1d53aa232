/* Client-side search over /search.json with a bounded top-k heap. */
(function () {
  'use strict';

  function TopK(k) {
    this.k = k;
    this.items = [];
  }
  TopK.prototype.push = function (score, doc) {
    this.items.push({ score: score, doc: doc });
    this.items.sort(function (a, b) { return a.score - b.score; });
    if (this.items.length > this.k) this.items.shift();
  };
  TopK.prototype.reset = function () { this.items = []; };
  TopK.prototype.results = function () {
    return this.items.slice().reverse().map(function (x) { return x.doc; });
  };

  function score(doc, terms) {
    var text = (doc.title + ' ' + doc.content).toLowerCase();
    return terms.reduce(function (s, t) {
      var title = doc.title.toLowerCase().indexOf(t) !== -1 ? 5 : 0;
      return s + title + (text.split(t).length - 1);
    }, 0);
  }

  var input = document.querySelector('.search input[name="q"]');
  var resultsEl = document.getElementById('search-results');
  if (!input || !resultsEl) return;

  fetch('/search.json')
    .then(function (r) { return r.json(); })
    .then(function (docs) {
      var heap = new TopK(10);
      function run() {
        var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
        heap.reset();
        if (!terms.length) { resultsEl.innerHTML = ''; return; }
        docs.forEach(function (doc) {
          var s = score(doc, terms);
          if (s > 0) heap.push(s, doc);
        });
        var hits = heap.results();
        resultsEl.innerHTML = hits.map(function (d) {
          return '<li><a href="' + d.url + '">' + d.title + '</a></li>';
        }).join('');
        if (window.heap) window.heap.track('Docs Search', { terms: terms.length, results: hits.length });
      }
      input.addEventListener('input', run);
      var q = new URLSearchParams(location.search).get('q');
      if (q) { input.value = q; run(); }
    });
})();
