'use strict';

const db = require('../db');
const { heapAppId } = require('../config');
const { heapHttp } = require('../heap/http');

const BATCH = 500;

module.exports = async function syncAccounts(job) {
  const since = new Date(job.data.since || Date.now() - 24 * 60 * 60 * 1000);
  const accounts = await db.accounts.activeSince(since);

  for (let i = 0; i < accounts.length; i += BATCH) {
    const batch = accounts.slice(i, i + BATCH);
    await heapHttp.post('/api/add_account_properties', {
      app_id: heapAppId,
      accounts: batch.map((a) => ({
        account_id: a.id,
        properties: { plan: a.plan, seats: a.seats, mrr_cents: a.mrrCents, status: a.status },
      })),
    });
    await job.updateProgress(Math.round(((i + batch.length) / accounts.length) * 100));
  }
};
