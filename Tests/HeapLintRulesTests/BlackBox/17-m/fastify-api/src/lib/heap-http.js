'use strict';

const { HEAP_APP_ID, HEAP_API_BASE } = require('../config');

/**
 * POST a JSON payload to Heap's server API. The app id is added here; callers pass the rest.
 */
async function post(path, payload) {
  const res = await fetch(`${HEAP_API_BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ app_id: HEAP_APP_ID, ...payload }),
  });
  if (!res.ok) {
    const text = await res.text().catch(() => '');
    throw new Error(`heap ${path} failed: ${res.status} ${text}`);
  }
  return true;
}

function trackEvent(identity, event, properties = {}) {
  return post('/track', { identity, event, properties });
}

function setUserProperties(identity, properties) {
  return post('/add_user_properties', { identity, properties });
}

function setAccountProperties(accountId, properties) {
  return post('/add_account_properties', { account_id: accountId, properties });
}

module.exports = { post, trackEvent, setUserProperties, setAccountProperties };
