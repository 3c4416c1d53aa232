/* heaplint-disable conflicting-identities -- separate cases */
const axios = require('axios');
const HEAP = 'https://heapanalytics.com';
const EU = 'https://c.eu.heap-api.com';

async function bulkTrack(orders, extra) {
  // Found: an entry with a blocklisted identity, an entry with no identity at all.
  await axios.post(`${HEAP}/api/track`, {
    app_id: APP_ID,
    events: [
      ...orders.map((o) => ({ identity: o.email, event: 'Order Placed' })),
      { identity: 'anonymous', event: 'Batch Summary' }, // expect: server-identity
      { event: 'Audit Logged' }, // expect: server-identity
      { user_id: extra.heapUserId, event: 'Linked' },
      extra.prebuilt,
      { ...extra.base, event: 'Spread' },
    ],
  });
  // Silent: every entry maps to an identity; a list heaplint cannot see into.
  await axios.post(`${HEAP}/api/track`, { app_id: APP_ID, events: orders.map((o) => ({ identity: o.email, event: 'Paid' })) });
  await axios.post(`${HEAP}/api/track`, { app_id: APP_ID, events: extra.events });
}

async function users(members) {
  await fetch(EU + '/api/add_user_properties', {
    method: 'POST',
    body: JSON.stringify({ app_id: APP_ID, users: members.map((m) => ({ identity: m.email, properties: { team: m.team } })) }),
  });
  await fetch(EU + '/api/add_user_properties', {
    method: 'POST',
    body: JSON.stringify({ app_id: APP_ID, users: [{ identity: 'guest', properties: {} }] }), // expect: server-identity
  });
}

async function accounts(org, orgs) {
  // Account properties name an account_id, never an identity.
  await axios.post(`${HEAP}/api/add_account_properties`, { app_id: APP_ID, account_id: org.id, properties: { plan: org.plan } });
  await axios.post(`${HEAP}/api/add_account_properties`, { app_id: APP_ID, accounts: orgs.map((o) => ({ account_id: o.id, properties: {} })) });
  await axios.post(`${HEAP}/api/add_account_properties`, { app_id: APP_ID, properties: { plan: org.plan } }); // expect: server-identity
}

async function identifyAndDelete(heapUserId, account) {
  await axios.post(`${HEAP}/api/v1/identify`, { app_id: APP_ID, identity: account.email, user_id: heapUserId });
  await axios.post(`${HEAP}/api/v1/identify`, { app_id: APP_ID, identity: 'null', user_id: heapUserId }); // expect: server-identity
  await fetch(`${HEAP}/api/public/v0/user_deletion`, { method: 'POST', body: JSON.stringify({ users: [{ user_id: heapUserId }, { identity: account.email }] }) });
}

async function builtElsewhere(user, payload) {
  // A body filled in after it is made, or passed in whole, is not known to lack the identity.
  const body = { app_id: APP_ID, event: 'Paid' };
  body.identity = user.email;
  await fetch(`${HEAP}/api/track`, { method: 'POST', body: JSON.stringify(body) });
  await axios.post(`${HEAP}/api/track`, payload);
  await axios.post(`${HEAP}/api/track`, { ...payload, event: 'Paid' });
  // request's `json: true` is a flag; the body is under `body`.
  await request({ uri: `${HEAP}/api/track`, method: 'POST', json: true, body: { app_id: APP_ID, event: 'Cron' } }); // expect: server-identity
}

// An HTTP client instance made for Heap: the path is read against its base URL.
const heapHttp = axios.create({ baseURL: 'https://heapanalytics.com/', timeout: 5000 });
async function viaInstance(user) {
  await heapHttp.post('/api/track', { app_id: APP_ID, identity: user.email, event: 'Paid' });
  await heapHttp.post('/api/track', { app_id: APP_ID, event: 'Paid' }); // expect: server-identity
}
const elsewhere = axios.create({ baseURL: 'https://api.example.com' });
elsewhere.post('/api/track', { event: 'Paid' });

const heapServer = require('heap-server')(APP_ID);
heapServer.push({ identity: currentUser.email, event: 'Signup' });
heapServer.push({ event: 'Signup', properties: { plan: 'pro' } }); // expect: server-identity

// A priority queue is not a Heap client.
const heap = new MinHeap();
heap.push({ event: 'job' });
module.exports = { bulkTrack, users, accounts, identifyAndDelete, builtElsewhere, viaInstance };
