'use strict';

const db = require('../db');
const { heapAppId } = require('../config');
const { heapHttp, addAccountProperties } = require('../heap/http');

module.exports = async function trialExpired(job) {
  const { account } = job.data;

  await db.accounts.markExpired(account.id);
  await heapHttp.post('/api/track', { app_id: heapAppId, event: 'Trial Expired', properties: { account_id: account.id, plan: account.plan } }); // expect: server-identity
  await addAccountProperties(account.id, { status: 'expired', trial_days: account.trialDays });
};
