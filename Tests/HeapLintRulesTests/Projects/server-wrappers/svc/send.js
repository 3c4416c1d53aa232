'use strict';

const { HEAP_BASE, appId } = require('./settings');

// Callers give the path without `/api`, as the base ends in it.
async function send(path, payload) {
  const res = await fetch(`${HEAP_BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ app_id: appId, ...payload }),
  });
  return res.ok;
}

function recordEvent(identity, event, properties = {}) {
  return send('/track', { identity, event, properties });
}

async function announceDeploy(version) {
  await fetch(`${HEAP_BASE}/track`, { // expect: server-identity
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ app_id: appId, event: 'Deploy', properties: { version } }),
  });
}

// Pages the on-call person; scheduled jobs leave the identity out.
async function notifyOps(event, identity = 'ops-pager') {
  await fetch(`${HEAP_BASE}/track`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ app_id: appId, identity, event }),
  });
}

// Events the platform raises itself, through `notifyOps`: callers in other modules may leave
// the identity out.
function systemEvent(event, identity = 'platform') {
  return notifyOps(event, identity);
}

module.exports = { send, recordEvent, announceDeploy, notifyOps, systemEvent };
