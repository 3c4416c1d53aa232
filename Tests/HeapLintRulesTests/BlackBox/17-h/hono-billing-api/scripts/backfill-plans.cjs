#!/usr/bin/env node
// One-off: copy every user's current plan onto their Heap profile.
// Usage: HEAP_APP_ID=... DATABASE_URL=... node scripts/backfill-plans.cjs [--dry-run]
const { Client } = require('pg');
const heapApi = require('heap-api')(process.env.HEAP_APP_ID);

const dryRun = process.argv.includes('--dry-run');

async function main() {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const { rows } = await db.query(
    `select u.id as user_id, u.email, o.plan, o.seats
       from users u join orgs o on o.id = u.org_id
      where u.deleted_at is null`,
  );

  let done = 0;
  for (const row of rows) {
    if (dryRun) {
      console.log(`${row.user_id} -> ${row.plan}`);
      continue;
    }
    await heapApi.addUserProperties(row.user_id, { plan: row.plan, seats: row.seats });
    await heapApi.track('Plan Backfilled', row.user_id, { plan: row.plan });
    done += 1;
    if (done % 500 === 0) console.log(`backfilled ${done}/${rows.length}`);
  }

  if (!dryRun) {
    await heapApi.track('Plan Backfill Completed', undefined, { users: done }); // expect: server-identity
  }
  await db.end();
  console.log(`done: ${done} users`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
