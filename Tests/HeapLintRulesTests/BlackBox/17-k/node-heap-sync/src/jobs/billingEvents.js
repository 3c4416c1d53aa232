'use strict';

const config = require('../config');
const log = require('../lib/logger');
const heap = require('heap-api')(config.heapAppId);

async function recordInvoice(invoice) {
  const email = invoice.customer_email;
  if (!email) {
    log.warn({ invoice: invoice.id }, 'invoice without customer email, skipped');
    return;
  }
  await heap.track('Invoice Paid', email, {
    amount: invoice.amount_paid / 100,
    currency: invoice.currency,
    invoice_id: invoice.id,
  });
  await heap.addUserProperties(email, { last_invoice_at: new Date(invoice.paid_at * 1000).toISOString() });
}

async function recordRefund(refund, customer) {
  await heap.track('Refund Issued', customer.email, { amount: refund.amount / 100, reason: refund.reason || 'none' });
}

async function runBillingSync(invoices) {
  for (const invoice of invoices) {
    try {
      await recordInvoice(invoice);
    } catch (err) {
      log.error({ err, invoice: invoice.id }, 'heap track failed');
    }
  }
  await heap.track('Billing Sync Completed'); // expect: server-identity
  await heap.addUserProperties('billing-bot', { last_run_invoices: invoices.length }); // expect: server-identity
}

module.exports = { recordInvoice, recordRefund, runBillingSync };
