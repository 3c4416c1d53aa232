const v8 = require('v8');

function reportHeap(logger) {
  const heap = v8.getHeapStatistics();
  logger.track('heap', { used: heap.used_heap_size, total: heap.total_heap_size });
  return heap;
}

class BinaryHeap {
  constructor() {
    this.items = [];
  }
  load(values) {
    values.forEach((v) => this.insert(v));
  }
  insert(value) {
    this.items.push(value);
    this.items.sort((a, b) => a - b);
  }
  identify(index) {
    return this.items[index];
  }
}

const heap = new BinaryHeap();
heap.load([5, 3, 8]);
heap.identify(0);

module.exports = { reportHeap, BinaryHeap };
