/**
 * toast-queue.js
 *
 * Shows notifications in priority order (errors first, then warnings, then info).
 */
(function (global) {
  function BinaryHeap(compare) {
    this.items = [];
    this.compare = compare;
  }
  BinaryHeap.prototype.push = function (item) {
    var a = this.items;
    a.push(item);
    var i = a.length - 1;
    while (i > 0) {
      var p = (i - 1) >> 1;
      if (this.compare(a[i], a[p]) >= 0) break;
      var t = a[i]; a[i] = a[p]; a[p] = t;
      i = p;
    }
  };
  BinaryHeap.prototype.pop = function () {
    var a = this.items;
    var top = a[0];
    var last = a.pop();
    if (a.length) {
      a[0] = last;
      var i = 0;
      for (;;) {
        var l = 2 * i + 1, r = l + 1, m = i;
        if (l < a.length && this.compare(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.compare(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        var t = a[i]; a[i] = a[m]; a[m] = t;
        i = m;
      }
    }
    return top;
  };

  var LEVEL = { error: 0, warning: 1, info: 2 };
  var heap = new BinaryHeap(function (x, y) { return LEVEL[x.level] - LEVEL[y.level] || x.at - y.at; });
  var showing = false;

  function next() {
    var toast = heap.pop();
    if (!toast) { showing = false; return; }
    showing = true;
    var el = document.createElement('div');
    el.className = 'toast toast-' + toast.level;
    el.textContent = toast.text;
    document.body.appendChild(el);
    setTimeout(function () { el.remove(); next(); }, toast.level === 'error' ? 6000 : 3000);
  }

  global.Toasts = {
    add: function (level, text) {
      heap.push({ level: level, text: text, at: Date.now() });
      if (!showing) next();
    },
  };
})(window);
