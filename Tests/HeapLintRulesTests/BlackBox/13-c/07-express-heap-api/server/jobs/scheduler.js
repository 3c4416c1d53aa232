'use strict';

const { MinHeap } = require('@datastructures-js/heap');

const heap = new MinHeap((job) => job.runAt);

function schedule(job) {
  heap.push(job);
}

function tick(now = Date.now()) {
  const due = [];
  while (!heap.isEmpty() && heap.top().runAt <= now) {
    due.push(heap.pop());
  }
  return due;
}

module.exports = { schedule, tick };
