// "You might also like": the best sellers among the teas of the same origin,
// picked with a small min-heap so the widget stays cheap on long catalogues.
(function (window) {
  'use strict';

  function siftUp(heap, i) {
    while (i > 0) {
      var p = (i - 1) >> 1;
      if (heap[p].sold <= heap[i].sold) return;
      var t = heap[p]; heap[p] = heap[i]; heap[i] = t;
      i = p;
    }
  }

  function siftDown(heap, i) {
    for (;;) {
      var l = 2 * i + 1, r = l + 1, m = i;
      if (l < heap.length && heap[l].sold < heap[m].sold) m = l;
      if (r < heap.length && heap[r].sold < heap[m].sold) m = r;
      if (m === i) return;
      var t = heap[m]; heap[m] = heap[i]; heap[i] = t;
      i = m;
    }
  }

  function topSellers(products, n) {
    var heap = [];
    products.forEach(function (p) {
      if (heap.length < n) {
        heap.push(p);
        siftUp(heap, heap.length - 1);
      } else if (p.sold > heap[0].sold) {
        heap[0] = p;
        siftDown(heap, 0);
      }
    });
    return heap.sort(function (a, b) { return b.sold - a.sold; });
  }

  window.Shop = window.Shop || {};
  window.Shop.topSellers = topSellers;
})(window);
