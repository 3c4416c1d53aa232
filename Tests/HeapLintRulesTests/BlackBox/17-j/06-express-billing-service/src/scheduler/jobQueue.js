'use strict';

/**
 * In-process scheduler for retry jobs, ordered by the time they are due.
 */
class TimerHeap {
  constructor() {
    this.nodes = [];
  }

  insert(job) {
    this.nodes.push(job);
    this.nodes.sort((a, b) => a.dueAt - b.dueAt);
  }

  peekMin() {
    return this.nodes[0];
  }

  extractMin() {
    return this.nodes.shift();
  }

  get length() {
    return this.nodes.length;
  }
}

function createScheduler(runJob) {
  const heap = new TimerHeap();
  let timer = null;

  function arm() {
    clearTimeout(timer);
    const next = heap.peekMin();
    if (!next) return;
    timer = setTimeout(async () => {
      const job = heap.extractMin();
      try {
        await runJob(job);
      } catch (err) {
        if (job.attempt < 5) heap.insert({ ...job, attempt: job.attempt + 1, dueAt: Date.now() + 2 ** job.attempt * 1000 });
      }
      arm();
    }, Math.max(0, next.dueAt - Date.now()));
  }

  return {
    schedule(job, delayMs = 0) {
      heap.insert({ attempt: 0, ...job, dueAt: Date.now() + delayMs });
      arm();
    },
    get pending() {
      return heap.length;
    },
  };
}

module.exports = { createScheduler };
