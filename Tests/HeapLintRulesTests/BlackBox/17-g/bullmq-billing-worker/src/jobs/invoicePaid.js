'use strict';

const heap = require('../heap/client');

module.exports = async function invoicePaid(job) {
  const { invoice, customer } = job.data;

  await heap.track('Invoice Paid', customer.email, {
    invoice_id: invoice.id,
    amount_cents: invoice.amountCents,
    currency: invoice.currency,
  });
  await heap.addUserProperties(customer.email, {
    lifetime_value_cents: customer.lifetimeValueCents,
    last_payment_at: new Date(invoice.paidAt).toISOString(),
  });

  await job.log(`tracked invoice ${invoice.id} for customer ${customer.id}`);
};
