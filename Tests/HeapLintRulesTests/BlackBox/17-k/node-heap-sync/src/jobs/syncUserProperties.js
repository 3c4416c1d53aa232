'use strict';

const { postJson } = require('../http/heapHttp');
const { usersUpdatedSince } = require('../lib/db');
const config = require('../config');
const log = require('../lib/logger');

const toHeapUser = (row) => ({
  identity: row.email,
  properties: {
    plan: row.plan,
    seats_used: row.seats_used,
    country: row.country || 'unknown',
    signed_up: row.created_at.toISOString().slice(0, 10),
  },
});

async function syncUserProperties({ since }) {
  let total = 0;
  for await (const rows of usersUpdatedSince(since, config.batchSize)) {
    await postJson('/api/add_user_properties', { users: rows.map(toHeapUser) });
    total += rows.length;
    log.info({ total }, 'user properties batch sent');
  }
  return total;
}

// One-off fix-ups from the admin console.
async function pushSingleUser(user, extra = {}) {
  if (!user?.email) throw new Error('user without email');
  return postJson('/api/add_user_properties', {
    identity: user.email,
    properties: { ...extra, manual_sync: 'yes' },
  });
}

module.exports = { syncUserProperties, pushSingleUser };
