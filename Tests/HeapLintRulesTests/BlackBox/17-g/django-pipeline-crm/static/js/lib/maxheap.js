/* Tiny max-heap (no dependencies). Used for the "top deals" widget. */
function MaxHeap(score) {
  this.score = score;
  this.heap = [];
}

MaxHeap.prototype.size = function () {
  return this.heap.length;
};

MaxHeap.prototype.push = function (item) {
  var h = this.heap;
  h.push(item);
  var i = h.length - 1;
  while (i > 0) {
    var parent = (i - 1) >> 1;
    if (this.score(h[parent]) >= this.score(h[i])) break;
    var tmp = h[parent]; h[parent] = h[i]; h[i] = tmp;
    i = parent;
  }
};

MaxHeap.prototype.pop = function () {
  var h = this.heap;
  if (!h.length) return undefined;
  var top = h[0];
  var last = h.pop();
  if (h.length) {
    h[0] = last;
    var i = 0;
    for (;;) {
      var l = 2 * i + 1, r = l + 1, best = i;
      if (l < h.length && this.score(h[l]) > this.score(h[best])) best = l;
      if (r < h.length && this.score(h[r]) > this.score(h[best])) best = r;
      if (best === i) break;
      var t = h[best]; h[best] = h[i]; h[i] = t;
      i = best;
    }
  }
  return top;
};

MaxHeap.prototype.reset = function () {
  this.heap = [];
};
