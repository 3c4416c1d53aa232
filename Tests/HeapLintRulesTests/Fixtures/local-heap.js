// Bindings named heap that are not the Heap global.
import heapq from 'heap';
function schedule(heap) {
  heap.identify('guest');
  heap.push(1);
}
{
  const heap = new MinHeap();
  heap.identify('anonymous');
  heap.load('not-digits');
}
class Scheduler {
  run() {
    const heap = this.queue;
    heap.identify('');
  }
}
try {
  risky();
} catch (heap) {
  heap.identify('null');
}
const items = [1, 2, 3].map((heap) => heap.identify('guest'));
const { heap: h2 } = services;
h2.identify('guest');
// Reads and assignments are not calls.
heap.load = function (id) { heap.appid = id; };
spy(window.heap.identify);
const fn = heap.identify;
console.log(heapq, items, fn);
