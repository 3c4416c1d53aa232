/* global $ */
// Walk-in waitlist shown on the front-desk screen: a min-heap keyed by triage
// level, then arrival time. Kept in a closure so `heap` never becomes a global.
(function () {
  function BinaryHeap(score) {
    this.items = [];
    this.score = score;
  }
  BinaryHeap.prototype.push = function (x) {
    this.items.push(x);
    this.items.sort(function (a, b) { return this.score(a) - this.score(b); }.bind(this));
  };
  BinaryHeap.prototype.pop = function () {
    return this.items.shift();
  };
  BinaryHeap.prototype.size = function () {
    return this.items.length;
  };

  var heap = new BinaryHeap(function (p) { return p.triage * 100000 + p.arrivedAt; });

  function refresh() {
    $.getJSON("/api/waitlist", function (patients) {
      heap = new BinaryHeap(heap.score);
      patients.forEach(function (p) { heap.push(p); });
      $("#waitlist-count").text(heap.size());
      var next = heap.pop();
      $("#next-patient").text(next ? next.displayName : "—");
    });
  }

  $(function () {
    if ($("#waitlist").length) {
      refresh();
      setInterval(refresh, 15000);
    }
  });
})();
