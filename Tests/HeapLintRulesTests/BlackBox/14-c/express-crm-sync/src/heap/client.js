const axios = require('axios');

const HEAP_APP_ID = process.env.HEAP_APP_ID;
const HEAP_BASE = process.env.HEAP_REGION === 'eu' ? 'https://c.eu.heap-api.com' : 'https://heapanalytics.com';

// Callers pass whatever fields they have; identity or user_id is their job.
async function sendHeapEvent(payload) {
  return axios.post(`${HEAP_BASE}/api/track`, { app_id: HEAP_APP_ID, ...payload });
}

async function setUserProps(identity, properties) {
  return axios.post(`${HEAP_BASE}/api/add_user_properties`, {
    app_id: HEAP_APP_ID,
    identity,
    properties,
  });
}

module.exports = { sendHeapEvent, setUserProps, HEAP_APP_ID, HEAP_BASE };
