'use strict';

const { postJson } = require('./heapHttp');

async function syncAccount(org) {
  await postJson('/api/add_account_properties', { account_id: String(org.id), properties: { tier: org.tier } });
}

async function markTierChange(org) {
  await postJson('/api/add_account_properties', { properties: { tier: org.tier } }); // expect: server-identity
}

async function trackSystem(event) {
  await postJson('/api/track', { identity: 'sync-bot', event }); // expect: server-identity
}

module.exports = { syncAccount, markTierChange, trackSystem };
