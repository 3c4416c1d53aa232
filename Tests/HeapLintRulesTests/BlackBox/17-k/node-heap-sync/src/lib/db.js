'use strict';

const { Pool } = require('pg');
const config = require('../config');

const pool = new Pool({ connectionString: config.databaseUrl, max: 4 });

async function* usersUpdatedSince(since, batchSize) {
  let lastId = 0;
  for (;;) {
    const { rows } = await pool.query(
      `select id, email, plan, seats_used, country, created_at, updated_at
         from users where updated_at > $1 and id > $2 order by id limit $3`,
      [since, lastId, batchSize],
    );
    if (rows.length === 0) return;
    yield rows;
    lastId = rows[rows.length - 1].id;
  }
}

async function organizations() {
  const { rows } = await pool.query('select id, name, tier, seats, mrr_cents from organizations');
  return rows;
}

async function pendingDeletions() {
  const { rows } = await pool.query("select id, email from deletion_requests where status = 'pending'");
  return rows;
}

module.exports = { pool, usersUpdatedSince, organizations, pendingDeletions };
