'use strict';

// In-process scheduler for report digests: a binary heap ordered by next run time.
const Heap = require('heap');
const { sendDigest } = require('../services/digests');

const heap = new Heap((a, b) => a.runAt - b.runAt);
let timer = null;

function schedule(job) {
  heap.push(job);
  arm();
}

function arm() {
  clearTimeout(timer);
  if (heap.empty()) return;
  const delay = Math.max(0, heap.peek().runAt - Date.now());
  timer = setTimeout(tick, delay);
}

async function tick() {
  while (!heap.empty() && heap.peek().runAt <= Date.now()) {
    const job = heap.pop();
    try {
      await sendDigest(job.userId, job.reportId);
    } catch (err) {
      console.error('digest failed', job, err);
    }
    if (job.everyMs) heap.push({ ...job, runAt: Date.now() + job.everyMs });
  }
  arm();
}

function reset() {
  heap.clear();
  clearTimeout(timer);
}

module.exports = { schedule, reset };
