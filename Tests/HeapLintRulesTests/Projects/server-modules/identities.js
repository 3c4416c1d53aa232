'use strict';
// Identities for background jobs, shared by the services (CommonJS).
const SYSTEM_IDENTITY = 'billing-system';

function customerIdentity(customer) {
  return String(customer.email).toLowerCase();
}

module.exports = { SYSTEM_IDENTITY, AUDIT_IDENTITY: 'audit-bot', customerIdentity };
