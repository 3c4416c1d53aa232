'use strict';

const HEAP_APP_ID = process.env.HEAP_APP_ID;
const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';
const HEAP_PROPS_URL = 'https://heapanalytics.com/api/add_user_properties';
const JSON_HEADERS = { 'Content-Type': 'application/json' };

async function reportInvoicePaid(invoice, customer) {
  const payload = {
    app_id: HEAP_APP_ID,
    event: 'Invoice Paid',
    properties: { amount: invoice.total, currency: invoice.currency },
  };
  payload.identity = customer.email;
  const res = await fetch(HEAP_TRACK_URL, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(payload),
  });
  return res.ok;
}

async function reportRefund(refund) {
  const payload = {
    app_id: HEAP_APP_ID,
    event: 'Refund Issued',
    properties: { amount: refund.amount, reason: refund.reason },
  };
  const options = { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(payload) };
  const res = await fetch(HEAP_TRACK_URL, options); // expect: server-identity
  return res.ok;
}

async function syncPlan(account, owner) {
  const body = { app_id: HEAP_APP_ID, properties: { plan: account.plan, seats: account.seats } };
  body.identity = String(owner.id);
  const request = { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) };
  return fetch(HEAP_PROPS_URL, request);
}

async function reportNightlyRun(stats) {
  return fetch(HEAP_TRACK_URL, { // expect: server-identity
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      identity: 'billing-cron',
      event: 'Nightly Billing Run',
      properties: { invoices: stats.count },
    }),
  });
}

async function reportDunning(customer, attempt) {
  const res = await fetch(HEAP_TRACK_URL, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      identity: customer.email,
      event: 'Dunning Email Sent',
      properties: { attempt },
    }),
  });
  return res.status;
}

module.exports = { reportInvoicePaid, reportRefund, syncPlan, reportNightlyRun, reportDunning };
