'use strict'
// Older code paths still on the heap-api client.
const heap = require('heap-api')(process.env.HEAP_APP_ID)
const { heapIdentity } = require('@acme/identity')

function refundIssued(refund) {
  heap.track('Refund Issued', heapIdentity(refund.customer), { amount: refund.amount })
}

function syncCustomer(customer) {
  heap.addUserProperties(heapIdentity(customer), { lifetime_value: customer.ltv, country: customer.country })
}

function cronFinished(job) {
  heap.track('Billing Cron Finished', { job: job.name, duration_ms: job.durationMs }) // expect: server-identity
}

module.exports = { refundIssued, syncCustomer, cronFinished }
