'use strict';

const { MinPriorityQueue } = require('@datastructures-js/priority-queue');
const { emailSent, queueDrained } = require('./analytics');

// "heap" here is the scheduling heap, ordered by send time.
const heap = new MinPriorityQueue((job) => job.sendAt);

function schedule(job) {
  heap.push(job);
}

async function tick(send) {
  let processed = 0;
  let failed = 0;
  while (!heap.isEmpty() && heap.front().sendAt <= Date.now()) {
    const job = heap.pop();
    try {
      await send(job);
      emailSent(job);
      processed += 1;
    } catch (e) {
      failed += 1;
    }
  }
  if (heap.isEmpty()) queueDrained({ processed, failed });
}

module.exports = { schedule, tick };
