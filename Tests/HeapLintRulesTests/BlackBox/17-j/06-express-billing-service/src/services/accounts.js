'use strict';

const config = require('../config');

const HEAP_ACCOUNT_PROPS = 'https://heapanalytics.com/api/add_account_properties';

async function postToHeap(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Heap responded ${res.status}`);
}

async function recordPlanChange(account, plan) {
  await postToHeap(HEAP_ACCOUNT_PROPS, {
    app_id: config.heap.appId,
    account_id: account.id,
    properties: { plan: plan.key, mrr: plan.monthlyPrice },
  });
}

async function recordSeatLimit(account, limit) {
  await fetch(HEAP_ACCOUNT_PROPS, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: config.heap.appId, properties: { seatLimit: limit, domain: account.domain } }), // expect: server-identity
  });
}

async function forgetUsers(userIds) {
  await postToHeap('https://heapanalytics.com/api/public/v0/user_deletion', {
    users: userIds.map((id) => ({ user_id: id })),
  });
}

module.exports = { recordPlanChange, recordSeatLimit, forgetUsers };
