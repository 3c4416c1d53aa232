'use strict';

const analytics = require('../lib/analytics');
const db = require('../db');

async function run() {
  const started = Date.now();
  const rows = await db.query(
    'SELECT email, SUM(total) AS ltv, COUNT(*) AS "orderCount" FROM orders JOIN users ON users.id = orders.user_id GROUP BY email'
  );
  await analytics.bulkUpdateProperties(rows);
  await analytics.trackSystemEvent('Nightly LTV Sync Finished', {
    rows: rows.length,
    duration_ms: Date.now() - started,
  });
}

if (require.main === module) {
  run()
    .then(() => process.exit(0))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}

module.exports = { run };
