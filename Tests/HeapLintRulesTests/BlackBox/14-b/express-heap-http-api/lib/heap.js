'use strict';

const HEAP_APP_ID = process.env.HEAP_APP_ID;
const HEAP_BASE = 'https://heapanalytics.com/api';

// Generic poster used by the routes. The body is assembled by the caller.
async function sendToHeap(endpoint, payload) {
  const res = await fetch(`${HEAP_BASE}/${endpoint}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: HEAP_APP_ID, ...payload }),
  });
  if (!res.ok) {
    throw new Error(`heap ${endpoint} failed: ${res.status}`);
  }
  return res;
}

module.exports = { sendToHeap, HEAP_APP_ID };
