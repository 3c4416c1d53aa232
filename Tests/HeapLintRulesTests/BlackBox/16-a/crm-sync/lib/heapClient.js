const HEAP_APP_ID = process.env.HEAP_APP_ID;
const heap = require('heap-api')(HEAP_APP_ID);

const SYSTEM_ACTOR = 'crm-sync-bot';

async function recordDealWon(deal) {
  await heap.track('Deal Won', deal.ownerEmail, { amount: deal.amount });
  await heap.addUserProperties(deal.ownerEmail, { last_deal_won: deal.closedAt });
}

async function recordSyncHeartbeat(count) {
  await heap.track('CRM Sync Heartbeat', SYSTEM_ACTOR, { count }); // expect: server-identity
}

module.exports = { recordDealWon, recordSyncHeartbeat };
