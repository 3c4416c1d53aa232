/* Tiny priority queue: runs queued DOM work in animation frames, lowest priority number first. */
(function (global) {
  'use strict';

  var heap = [];

  function less(a, b) {
    return a.priority < b.priority;
  }

  function siftUp(heap, i) {
    while (i > 0) {
      var parent = (i - 1) >> 1;
      if (!less(heap[i], heap[parent])) break;
      var tmp = heap[i]; heap[i] = heap[parent]; heap[parent] = tmp;
      i = parent;
    }
  }

  function siftDown(heap, i) {
    for (;;) {
      var l = 2 * i + 1, r = l + 1, m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) return;
      var tmp = heap[i]; heap[i] = heap[m]; heap[m] = tmp;
      i = m;
    }
  }

  function flush() {
    var deadline = performance.now() + 8;
    while (heap.length && performance.now() < deadline) {
      var top = heap[0];
      var last = heap.pop();
      if (heap.length) {
        heap[0] = last;
        siftDown(heap, 0);
      }
      top.task();
    }
    if (heap.length) global.requestAnimationFrame(flush);
  }

  function schedule(task, priority) {
    heap.push({ task: task, priority: priority || 0 });
    siftUp(heap, heap.length - 1);
    if (heap.length === 1) global.requestAnimationFrame(flush);
  }

  global.rafQueue = { schedule: schedule, size: function () { return heap.length; } };
})(window);
