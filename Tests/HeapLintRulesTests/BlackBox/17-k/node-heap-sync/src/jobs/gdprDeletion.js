'use strict';

const config = require('../config');
const { pendingDeletions, pool } = require('../lib/db');
const log = require('../lib/logger');

async function runDeletions() {
  const requests = await pendingDeletions();
  if (requests.length === 0) return 0;
  const res = await fetch(`${config.heapApiHost}/api/public/v0/user_deletion`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.heapDeletionToken}` },
    body: JSON.stringify({ users: requests.map((r) => ({ identity: r.email })) }),
  });
  if (!res.ok) throw new Error(`deletion request failed: ${res.status}`);
  await pool.query("update deletion_requests set status = 'sent' where id = any($1)", [requests.map((r) => r.id)]);
  log.info({ count: requests.length }, 'deletions submitted');
  return requests.length;
}

module.exports = { runDeletions };
