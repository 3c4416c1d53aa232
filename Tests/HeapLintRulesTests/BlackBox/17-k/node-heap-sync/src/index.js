'use strict';

const { BinaryHeap } = require('./lib/binaryHeap');
const { syncUserProperties } = require('./jobs/syncUserProperties');
const { syncAccounts } = require('./jobs/syncAccounts');
const { runDeletions } = require('./jobs/gdprDeletion');
const log = require('./lib/logger');

const HOUR = 60 * 60 * 1000;

const heap = new BinaryHeap((a, b) => a.runAt - b.runAt);
const now = Date.now();
heap.push({ name: 'users', every: HOUR, runAt: now, run: () => syncUserProperties({ since: new Date(now - 2 * HOUR) }) });
heap.push({ name: 'accounts', every: 6 * HOUR, runAt: now + 60_000, run: syncAccounts });
heap.push({ name: 'deletions', every: 24 * HOUR, runAt: now + 120_000, run: runDeletions });

async function loop() {
  for (;;) {
    const job = heap.pop();
    const wait = Math.max(0, job.runAt - Date.now());
    await new Promise((resolve) => setTimeout(resolve, wait));
    try {
      await job.run();
      log.info({ job: job.name, heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1e6) }, 'job done');
    } catch (err) {
      log.error({ err, job: job.name }, 'job failed');
    }
    heap.push({ ...job, runAt: Date.now() + job.every });
    if (process.argv.includes('--once') && heap.peek().runAt > Date.now() + HOUR) break;
  }
}

loop().catch((err) => {
  log.fatal({ err }, 'scheduler crashed');
  process.exit(1);
});
