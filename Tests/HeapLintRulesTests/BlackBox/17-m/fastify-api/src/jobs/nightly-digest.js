'use strict';

const cron = require('node-cron');
const { Pool } = require('pg');
const config = require('../config');
const heap = require('../lib/heap-node');
const { MinHeap } = require('../lib/priority-queue');

const pool = new Pool({ connectionString: config.databaseUrl });

async function loadDue() {
  const { rows } = await pool.query(
    "select id, email, digest_due_at from users where digest = 'daily' and digest_due_at < now() limit $1",
    [config.digestBatchSize],
  );
  const queue = new MinHeap();
  rows.forEach((row) => queue.push({ ...row, due: row.digest_due_at.getTime() }));
  return queue;
}

async function sendDigest(user) {
  // ... render and send the email (omitted)
  await pool.query("update users set digest_due_at = now() + interval '1 day' where id = $1", [user.id]);
}

async function runOnce() {
  const queue = await loadDue();
  let sent = 0;
  let failed = 0;
  while (queue.size) {
    const user = queue.pop();
    try {
      await sendDigest(user);
      sent++;
      heap.track('Digest Sent', String(user.id), { kind: 'daily' });
      heap.addUserProperties(String(user.id), { last_digest_at: new Date().toISOString() });
    } catch (err) {
      failed++;
      console.error('digest failed for', user.id, err.message);
    }
  }
  heap.track('Digest Batch Finished', 'cron-worker', { sent, failed }); // expect: server-identity
  return { sent, failed };
}

if (require.main === module) {
  cron.schedule('15 3 * * *', () => {
    runOnce()
      .then(({ sent, failed }) => console.log(`digest: ${sent} sent, ${failed} failed`))
      .catch((err) => console.error(err));
  });
}

module.exports = { runOnce };
