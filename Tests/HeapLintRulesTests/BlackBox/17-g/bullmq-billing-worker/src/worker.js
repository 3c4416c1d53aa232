'use strict';

const { randomUUID } = require('node:crypto');
const { Worker } = require('bullmq');
const IORedis = require('ioredis');
const cron = require('node-cron');
const config = require('./config');
const log = require('./logger');
const RetryQueue = require('./scheduler/retryQueue');

const handlers = {
  'invoice.paid': require('./jobs/invoicePaid'),
  'invoice.dunning': require('./jobs/dunning'),
  'trial.expired': require('./jobs/trialExpired'),
  'accounts.sync': require('./jobs/syncAccounts'),
};
const overdueSweep = require('./jobs/overdueSweep');
const nightlyUsage = require('./jobs/nightlyUsage');

const connection = new IORedis(config.redisUrl, { maxRetriesPerRequest: null });
const retries = new RetryQueue();

const worker = new Worker(
  'billing',
  async (job) => {
    const handler = handlers[job.name];
    if (!handler) throw new Error(`no handler for ${job.name}`);
    const runId = randomUUID();
    log.info({ job: job.name, id: job.id, runId }, 'start');
    return handler(job);
  },
  { connection, concurrency: config.concurrency },
);

worker.on('failed', (job, err) => {
  log.error({ job: job && job.name, err }, 'job failed');
  if (job && job.name === 'invoice.paid') retries.schedule({ jobId: job.id }, 60000);
});

cron.schedule('15 2 * * *', () => overdueSweep().catch((err) => log.error({ err }, 'overdue sweep failed')));
cron.schedule('30 3 * * *', () => nightlyUsage().catch((err) => log.error({ err }, 'usage sync failed')));

process.on('SIGTERM', async () => {
  log.info({ pendingRetries: retries.size }, 'shutting down');
  await worker.close();
  process.exit(0);
});
