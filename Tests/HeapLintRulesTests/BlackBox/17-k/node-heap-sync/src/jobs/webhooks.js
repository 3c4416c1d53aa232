'use strict';

const { HeapServerClient } = require('../clients/heapServerClient');
const config = require('../config');
const log = require('../lib/logger');

const heapServer = new HeapServerClient(config.heapAppId);

const HANDLED = new Set(['customer.subscription.updated', 'customer.subscription.deleted']);

async function handleStripeEvent(evt, lookupUser) {
  if (!HANDLED.has(evt.type)) {
    await heapServer.track('', 'Stripe Webhook Ignored', { type: evt.type }); // expect: server-identity
    return;
  }
  const user = await lookupUser(evt.data.object.customer);
  if (!user) {
    log.warn({ customer: evt.data.object.customer }, 'no user for stripe customer');
    return;
  }
  const { status, plan = {} } = evt.data.object;
  await heapServer.track(user.email, 'Subscription Changed', { status, plan: plan.nickname || plan.id });
}

// The mobile app sends us Heap's anonymous user id after sign-up; merge it server side.
async function linkMobileInstall(user, heapUserId) {
  if (!heapUserId) return;
  await heapServer.identify(user.email, heapUserId);
}

module.exports = { handleStripeEvent, linkMobileInstall };
