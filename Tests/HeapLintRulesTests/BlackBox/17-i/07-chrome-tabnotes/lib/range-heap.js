// Max-heap of highlight ranges by length, so the longest highlight is
// restored first when a page re-renders.
function RangeHeap() {
  this.data = [];
}

RangeHeap.prototype.push = function (range) {
  var a = this.data;
  a.push(range);
  var i = a.length - 1;
  while (i > 0) {
    var p = Math.floor((i - 1) / 2);
    if (a[p].length >= a[i].length) break;
    var t = a[p]; a[p] = a[i]; a[i] = t;
    i = p;
  }
};

RangeHeap.prototype.pop = function () {
  var a = this.data;
  if (!a.length) return undefined;
  var top = a[0];
  var last = a.pop();
  if (a.length) {
    a[0] = last;
    var i = 0;
    for (;;) {
      var l = 2 * i + 1, r = l + 1, m = i;
      if (l < a.length && a[l].length > a[m].length) m = l;
      if (r < a.length && a[r].length > a[m].length) m = r;
      if (m === i) break;
      var t = a[m]; a[m] = a[i]; a[i] = t;
      i = m;
    }
  }
  return top;
};
