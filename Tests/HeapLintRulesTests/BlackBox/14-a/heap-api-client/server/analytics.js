const heapApi = require('heap-api');

const heap = heapApi(process.env.HEAP_APP_ID);

function recordSubscription(user, subscription) {
  heap.track('Subscription Started', user.email, {
    plan: subscription.plan,
    interval: subscription.interval,
  });
  heap.addUserProperties(user.email, {
    plan: subscription.plan,
    mrr: subscription.amount / 100,
  });
}

function recordCancellation(user, reason) {
  heap.track('Subscription Cancelled', String(user.id), { reason });
}

function recordStripeWebhook(event) {
  heap.track('Stripe Webhook Received', 'stripe', { type: event.type }); // expect: server-identity
}

function recordCronRun() {
  heap.track('Cron Finished'); // expect: server-identity
}

function clearBetaFlag() {
  heap.addUserProperties('', { beta: 'off' }); // expect: server-identity
}

module.exports = { recordSubscription, recordCancellation, recordStripeWebhook, recordCronRun, clearBetaFlag };
