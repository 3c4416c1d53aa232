'use strict'
const crypto = require('crypto')

// The identity the web app passes to heap.identify(): the lower-cased email.
function heapIdentity(user) {
  return String(user.email).trim().toLowerCase()
}

// Used by background jobs that are not acting for a user.
const SYSTEM_IDENTITY = 'billing-system'

function serviceIdentity() {
  return 'billing-worker'
}

function requestId() {
  return crypto.randomUUID()
}

module.exports = { heapIdentity, SYSTEM_IDENTITY, serviceIdentity, requestId }
