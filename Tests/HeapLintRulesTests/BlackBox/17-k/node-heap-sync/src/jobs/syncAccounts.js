'use strict';

const { postJson } = require('../http/heapHttp');
const { organizations } = require('../lib/db');
const log = require('../lib/logger');

// Account properties are keyed by account_id, not by a user identity.
async function syncAccounts() {
  const orgs = await organizations();
  const accounts = orgs.map((org) => ({
    account_id: String(org.id),
    properties: { name: org.name, tier: org.tier, seats: org.seats, mrr: org.mrr_cents / 100 },
  }));
  await postJson('/api/add_account_properties', { accounts });
  log.info({ count: accounts.length }, 'accounts synced');
}

async function markTierChange(org, previousTier) {
  await postJson('/api/add_account_properties', { properties: { tier: org.tier, previous_tier: previousTier } }); // expect: server-identity
  log.info({ org: org.id, from: previousTier, to: org.tier }, 'tier change pushed');
}

module.exports = { syncAccounts, markTierChange };
