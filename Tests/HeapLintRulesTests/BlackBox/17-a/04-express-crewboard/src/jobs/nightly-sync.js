// Runs at 02:00 UTC from the worker dyno (see Procfile).
const heap = require('heap-api')(process.env.HEAP_APP_ID);
const db = require('../db');
const log = require('../log');

async function runNightlySync() {
  const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const rows = await db.syncWarehouse(since);
  await heap.track('Warehouse Sync Completed', 'system', { rows: rows.length }); // expect: server-identity

  const changed = await db.usersChangedSince(since);
  for (const user of changed) {
    await heap.addUserProperties(user.email, { seats_used: user.seatsUsed, last_active_day: user.lastActiveDay });
  }
  log.info(`nightly sync: ${rows.length} rows, ${changed.length} users`);
}

module.exports = { runNightlySync };
