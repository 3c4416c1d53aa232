const { MinHeap } = require('./minHeap');

const heap = new MinHeap((a, b) => a.runAt - b.runAt);

function enqueue(job) {
  heap.push(job);
}

function drainDue(now) {
  const due = [];
  while (heap.size() && heap.peek().runAt <= now) {
    due.push(heap.pop());
  }
  return due;
}

function restore(snapshot) {
  heap.load(snapshot.jobs);
}

function heapify(heap, jobs) {
  jobs.forEach((j) => heap.push(j));
  return heap;
}

function track(job) {
  return heap.track ? heap.track(job) : undefined;
}

module.exports = { enqueue, drainDue, restore, heapify, track };
