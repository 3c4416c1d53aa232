const axios = require('axios');

const APP_ID = process.env.HEAP_APP_ID;
const HEAP_API = 'https://heapanalytics.com/api';

async function syncUserProperties(user, properties) {
  await axios.post(`${HEAP_API}/add_user_properties`, { app_id: APP_ID, identity: user.email, properties });
}

async function forwardEvent(payload) {
  await axios.post(`${HEAP_API}/track`, { app_id: APP_ID, ...payload });
}

async function recordPlanChange(plan) {
  await axios.post(`${HEAP_API}/add_user_properties`, { app_id: APP_ID, properties: { plan } }); // expect: server-identity
}

module.exports = { syncUserProperties, forwardEvent, recordPlanChange };
