/* Priority queue for follow-up reminders: earliest due date first. */
(function (App) {
  'use strict';

  function MinHeap(key) {
    this.key = key;
    this.items = [];
  }

  MinHeap.prototype.push = function (item) {
    var items = this.items, key = this.key;
    items.push(item);
    var i = items.length - 1;
    while (i > 0) {
      var p = (i - 1) >> 1;
      if (key(items[p]) <= key(items[i])) break;
      var tmp = items[p]; items[p] = items[i]; items[i] = tmp;
      i = p;
    }
  };

  MinHeap.prototype.pop = function () {
    var items = this.items, key = this.key;
    if (!items.length) return undefined;
    var top = items[0], last = items.pop();
    if (items.length) {
      items[0] = last;
      var i = 0;
      while (true) {
        var l = 2 * i + 1, r = l + 1, m = i;
        if (l < items.length && key(items[l]) < key(items[m])) m = l;
        if (r < items.length && key(items[r]) < key(items[m])) m = r;
        if (m === i) break;
        var t = items[m]; items[m] = items[i]; items[i] = t;
        i = m;
      }
    }
    return top;
  };

  MinHeap.prototype.size = function () { return this.items.length; };
  MinHeap.prototype.reset = function () { this.items = []; };

  App.util.MinHeap = MinHeap;
})(window.App);
