'use strict';
const { heapHttp, billingHttp, APP_ID } = require('./heapClient');
const { SYSTEM_IDENTITY, customerIdentity } = require('./identities');
const identities = require('./identities');

async function invoicePaid(invoice) {
  await heapHttp.post('/track', { app_id: APP_ID, identity: customerIdentity(invoice.customer), event: 'Invoice Paid' });
}

async function renewal(sub) {
  await heapHttp.post('/add_user_properties', { app_id: APP_ID, identity: SYSTEM_IDENTITY, properties: { renewals: sub.count } }); // expect: server-identity
}

async function dunning(account) {
  return heapHttp.post('/track', { app_id: APP_ID, event: 'Dunning Started' }); // expect: server-identity
}

async function audit(entry) {
  await heapHttp.post('/track', { app_id: APP_ID, identity: identities.AUDIT_IDENTITY, event: entry.kind }); // expect: server-identity
}

async function billingEvent(entry) {
  // Not Heap: the same path on another host.
  await billingHttp.post('/track', { event: entry.kind });
}

module.exports = { invoicePaid, renewal, dunning, audit, billingEvent };
