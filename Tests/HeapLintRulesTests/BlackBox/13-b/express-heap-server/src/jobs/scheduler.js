const Heap = require('heap');

const heap = new Heap((a, b) => a.runAt - b.runAt);

function schedule(job) {
  heap.push(job);
}

function runDue(now = Date.now()) {
  while (!heap.empty() && heap.peek().runAt <= now) {
    const job = heap.pop();
    job.run();
  }
}

module.exports = { schedule, runDue };
