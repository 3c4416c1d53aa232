const { MinHeap } = require('./minheap');

class Scheduler {
  constructor() {
    this.heap = new MinHeap((a, b) => a.runAt - b.runAt);
  }

  load(tasks) {
    const heap = new MinHeap((a, b) => a.runAt - b.runAt);
    heap.load(tasks);
    this.heap = heap;
  }

  next() {
    return this.heap.pop();
  }
}

module.exports = { Scheduler };
