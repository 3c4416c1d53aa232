import { sendUserProperties, trackFor } from '../lib/heapHttp';

const heapClient = require('../lib/heapClient');

export async function invoicePaid(customer: { email: string }, amount: number) {
  await trackFor('Invoice Paid', customer.email, { amount: String(amount) });
  await heapClient.track('Invoice Paid', customer.email, { amount });
  await sendUserProperties({ identity: customer.email, properties: { paying: 'yes' } });
}

export async function nightlyRollup(total: number) {
  await trackFor('Rollup Finished', 'billing-cron', { total: String(total) }); // expect: server-identity
  await heapClient.track('Rollup Finished', { total }); // expect: server-identity
  await sendUserProperties({ properties: { rollup: String(total) } }); // expect: server-identity
}
