/* Client-side fuzzy search over the notebook index: keep the k best matches. */
(function () {
  'use strict';

  function MaxHeap(score) {
    this.items = [];
    this.score = score;
  }
  MaxHeap.prototype.push = function (item) {
    this.items.push(item);
    this.items.sort(function (a, b) { return this.score(b) - this.score(a); }.bind(this));
  };
  MaxHeap.prototype.top = function (k) {
    return this.items.slice(0, k);
  };
  MaxHeap.prototype.reset = function () {
    this.items = [];
  };

  var heap = new MaxHeap(function (entry) { return entry.score; });
  var input = document.querySelector('#search');
  if (!input) return;

  input.addEventListener('input', function () {
    var q = input.value.trim().toLowerCase();
    heap.reset();
    if (!q) return;
    window.NOTEBOOK_INDEX.forEach(function (nb) {
      var pos = nb.title.toLowerCase().indexOf(q);
      if (pos !== -1) heap.push({ id: nb.id, title: nb.title, score: 100 - pos });
    });
    render(heap.top(8));
  });

  function render(results) {
    var list = document.querySelector('#search-results');
    list.innerHTML = results.map(function (r) { return '<li><a href="/n/' + r.id + '">' + r.title + '</a></li>'; }).join('');
  }
})();
