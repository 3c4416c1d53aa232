'use strict';

const cron = require('node-cron');
const heap = require('heap-server')(process.env.HEAP_APP_ID);
const { findExpiredTrials } = require('../lib/db');

cron.schedule('15 3 * * *', async () => {
  const expired = await findExpiredTrials();
  for (const row of expired) {
    heap.push({
      identity: row.email,
      event: 'Trial Expired',
      properties: { plan: row.plan, days: row.trialDays },
    });
  }
  heap.push({ // expect: server-identity
    event: 'Trial Batch Done',
    properties: { count: expired.length },
  });
});
