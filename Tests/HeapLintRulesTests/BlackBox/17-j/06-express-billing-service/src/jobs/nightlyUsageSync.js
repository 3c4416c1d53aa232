'use strict';

const axios = require('axios');
const { ulid } = require('ulid');
const config = require('../config');
const db = require('../db');
const heap = require('../heap/HeapClient');

const HEAP_API = 'https://heapanalytics.com/api';

async function syncSeatUsage(runId) {
  const rows = await db.query('SELECT owner_email AS email, seats, seats_used FROM workspaces WHERE active');

  await heap.bulkAddUserProperties(
    rows.map((row) => ({
      identity: row.email,
      properties: { seats: row.seats, seatsUsed: row.seats_used },
    })),
  );

  await axios.post(`${HEAP_API}/track`, {
    app_id: config.heap.appId,
    events: [
      ...rows.map((row) => ({ identity: row.email, event: 'Seat Usage Synced', properties: { seatsUsed: row.seats_used } })),
      { event: 'Usage Sync Finished', properties: { rows: rows.length, runId } }, // expect: server-identity
    ],
  });

  return rows.length;
}

async function main() {
  const runId = ulid();
  const started = Date.now();
  const count = await syncSeatUsage(runId);
  console.log(`[${runId}] synced ${count} workspaces in ${Date.now() - started}ms`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = { syncSeatUsage };
