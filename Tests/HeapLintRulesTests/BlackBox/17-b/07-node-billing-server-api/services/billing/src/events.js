'use strict'
const { heapHttp, APP_ID } = require('./heapClient')
const { heapIdentity, SYSTEM_IDENTITY, serviceIdentity, requestId } = require('@acme/identity')

async function invoicePaid(invoice) {
  await heapHttp.post('/track', {
    app_id: APP_ID,
    identity: heapIdentity(invoice.customer),
    event: 'Invoice Paid',
    properties: { amount: invoice.total, currency: invoice.currency, request_id: requestId() },
  })
}

async function subscriptionRenewed(sub) {
  await heapHttp.post('/add_user_properties', { // expect: server-identity
    app_id: APP_ID,
    identity: SYSTEM_IDENTITY,
    properties: { renewals: sub.renewalCount },
  })
}

async function trialConverted(sub) {
  await heapHttp.post('/add_user_properties', {
    app_id: APP_ID,
    identity: heapIdentity(sub.owner),
    properties: { plan: sub.plan, mrr: sub.mrr },
  })
}

function dunningStarted(account) {
  return heapHttp.post('/track', { app_id: APP_ID, event: 'Dunning Started', properties: { account_id: account.id } }) // expect: server-identity
}

async function nightlyReport(stats) {
  await fetch('https://heapanalytics.com/api/track', { // expect: server-identity
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: APP_ID, identity: serviceIdentity(), event: 'Nightly Report', properties: { invoices: stats.count } }),
  })
}

async function planChanged(user, plan) {
  const res = await fetch('https://heapanalytics.com/api/add_user_properties', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: APP_ID, identity: heapIdentity(user), properties: { plan: plan.name, seats: plan.seats } }),
  })
  if (!res.ok) throw new Error(`heap ${res.status}`)
}

module.exports = { invoicePaid, subscriptionRenewed, trialConverted, dunningStarted, nightlyReport, planChanged }
