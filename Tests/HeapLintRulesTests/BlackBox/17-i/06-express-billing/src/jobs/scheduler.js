// In-process timer wheel for retries: a min-heap ordered by due time.
class TimerHeap {
  constructor() {
    this.slots = [];
  }

  load(jobs) {
    for (const job of jobs) this.track(job);
  }

  track(job) {
    this.slots.push(job);
    this.slots.sort((a, b) => a.dueAt - b.dueAt);
  }

  due(now = Date.now()) {
    const ready = [];
    while (this.slots.length && this.slots[0].dueAt <= now) ready.push(this.slots.shift());
    return ready;
  }
}

function startScheduler(pendingJobs, runJob) {
  const heap = new TimerHeap();
  heap.load(pendingJobs);
  setInterval(() => {
    for (const job of heap.due()) {
      runJob(job).catch(() => heap.track({ ...job, dueAt: Date.now() + 60000 }));
    }
  }, 1000);
  return (job) => heap.track(job);
}

module.exports = { startScheduler, TimerHeap };
