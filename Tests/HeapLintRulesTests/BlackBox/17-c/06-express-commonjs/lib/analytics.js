'use strict';

// Server-side analytics. Uses the heap-api client for single events and the raw
// HTTP API where the client has no helper.
const axios = require('axios');
const heap = require('heap-api')(process.env.HEAP_APP_ID);

const HEAP_API = 'https://heapanalytics.com/api';

function trackForUser(user, event, properties = {}) {
  if (!user || !user.email) return Promise.resolve();
  return heap.track(event, user.email, properties);
}

function setUserProperties(user, properties) {
  return heap.addUserProperties(user.email, properties);
}

function trackSystemEvent(event, properties = {}) {
  return heap.track(event, 'system', properties); // expect: server-identity
}

function trackServerStarted() {
  return heap.track('Server Started'); // expect: server-identity
}

// Anonymous carts: funnel steps before the shopper has an account.
async function trackCheckoutStep(step, properties = {}) {
  await axios.post(`${HEAP_API}/track`, { // expect: server-identity
    app_id: process.env.HEAP_APP_ID,
    event: `Checkout Step ${step}`,
    properties,
  });
}

async function bulkUpdateProperties(rows) {
  for (const row of rows) {
    await axios.post(`${HEAP_API}/add_user_properties`, {
      app_id: process.env.HEAP_APP_ID,
      identity: row.email,
      properties: { lifetime_value: row.ltv, orders: row.orderCount },
    });
  }
}

module.exports = {
  trackForUser,
  setUserProperties,
  trackSystemEvent,
  trackServerStarted,
  trackCheckoutStep,
  bulkUpdateProperties,
};
