'use strict';

const axios = require('axios');
const { Pool } = require('pg');
const { buildChurnPayload } = require('../lib/payloads');

const APP_ID = process.env.HEAP_APP_ID;
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function syncUsers() {
  const { rows } = await pool.query(
    'SELECT email, plan, seats, trial_ends_at FROM users WHERE updated_at > now() - interval \'1 day\'',
  );

  await axios.post('https://heapanalytics.com/api/add_user_properties', {
    app_id: APP_ID,
    users: rows.map((r) => ({
      identity: r.email,
      properties: { plan: r.plan, seats: r.seats, trial_ends_at: r.trial_ends_at.toISOString() },
    })),
  });

  await axios.post('https://heapanalytics.com/api/add_user_properties', {
    app_id: APP_ID,
    users: [
      { identity: process.env.SYNC_OWNER_EMAIL, properties: { sync_leader: 'yes' } },
      { // expect: server-identity
        properties: { last_sync: new Date().toISOString() },
      },
    ],
  });

  const churnPayload = buildChurnPayload(rows);
  await axios.post('https://heapanalytics.com/api/track', churnPayload);

  await axios.post('https://heapanalytics.com/api/track', { app_id: APP_ID, identity: 'nightly-sync', event: 'Sync Completed', properties: { count: rows.length } }); // expect: server-identity
  return rows.length;
}

module.exports = { syncUsers };

if (require.main === module) {
  syncUsers()
    .then((n) => console.log(`synced ${n} users`))
    .finally(() => pool.end());
}
