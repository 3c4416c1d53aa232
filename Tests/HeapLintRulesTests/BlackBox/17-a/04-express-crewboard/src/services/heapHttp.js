// Direct calls to Heap's server-side API for things the heap-api client doesn't cover.
const axios = require('axios');

const HEAP_API = 'https://heapanalytics.com/api';
const APP_ID = process.env.HEAP_APP_ID;

async function setUserProperties(identity, properties) {
  if (!identity) throw new Error('setUserProperties: identity is required');
  return axios.post(`${HEAP_API}/add_user_properties`, { app_id: APP_ID, identity, properties });
}

async function setAccountProperties(org) {
  return axios.post(`${HEAP_API}/add_account_properties`, {
    app_id: APP_ID,
    account_id: org.id,
    properties: { plan: org.plan, seats: org.seats },
  });
}

async function trackImportFinished(job) {
  return fetch('https://heapanalytics.com/api/track', { // expect: server-identity
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: APP_ID,
      event: 'CSV Import Finished',
      properties: { rows: job.rowCount, job_id: job.id, owner: job.ownerEmail },
    }),
  });
}

async function trackBatch(events) {
  return axios.post(`${HEAP_API}/track`, {
    app_id: APP_ID,
    events: events.map((e) => ({
      identity: e.userEmail,
      event: e.name,
      timestamp: e.at.toISOString(),
      properties: e.properties,
    })),
  });
}

module.exports = { setUserProperties, setAccountProperties, trackImportFinished, trackBatch };
