// Nightly: push plan and seat counts of changed customers to Heap, and the
// account-level numbers for each organisation.
const axios = require('axios');
const { Pool } = require('pg');

const APP_ID = process.env.HEAP_APP_ID;
const heapHttp = axios.create({ baseURL: 'https://heapanalytics.com', timeout: 15000 });
const pool = new Pool();

async function run() {
  const { rows: customers } = await pool.query(
    "select email, plan, seats from customers where updated_at > now() - interval '1 day'"
  );
  const { rows: orgs } = await pool.query('select id, name, mrr_cents from organisations');

  await heapHttp.post('/api/add_user_properties', {
    app_id: APP_ID,
    users: customers.map((c) => ({ identity: c.email, properties: { plan: c.plan, seats: c.seats } })),
  });

  await heapHttp.post('/api/add_account_properties', {
    app_id: APP_ID,
    accounts: orgs.map((o) => ({ account_id: o.id, properties: { name: o.name, mrr_cents: o.mrr_cents } })),
  });

  await heapHttp.post('/api/track', { app_id: APP_ID, identity: 'ledgerline-cron', event: 'Nightly Sync Finished', properties: { customers: customers.length } }); // expect: server-identity
}

run()
  .then(() => pool.end())
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
