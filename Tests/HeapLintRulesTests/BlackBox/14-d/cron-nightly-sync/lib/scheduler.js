'use strict';

const { MinPriorityQueue } = require('@datastructures-js/priority-queue');

// Jobs ordered by next run time.
const heap = new MinPriorityQueue((job) => job.nextRunAt);

function schedule(job) {
  heap.push(job);
}

function nextDue(now) {
  const due = [];
  while (!heap.isEmpty() && heap.front().nextRunAt <= now) {
    due.push(heap.pop());
  }
  return due;
}

module.exports = { schedule, nextDue };
