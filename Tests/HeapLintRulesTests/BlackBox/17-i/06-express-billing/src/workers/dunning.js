const heap = require('heap-api')(process.env.HEAP_APP_ID);
const { Pool } = require('pg');
const mailer = require('../lib/mailer');

const pool = new Pool();

async function remind(customer) {
  await mailer.send(customer.email, 'payment-reminder', { attempt: customer.attempts });
  await heap.track('Dunning Email Sent', customer.email, { attempt: customer.attempts });
  await heap.addUserProperties(customer.email, { dunning_stage: customer.attempts });
}

async function main() {
  const { rows } = await pool.query('select email, attempts from customers where past_due and attempts < 4');
  for (const customer of rows) {
    await remind(customer);
  }
  await heap.track('Dunning Batch Finished'); // expect: server-identity
  await pool.end();
}

main();
