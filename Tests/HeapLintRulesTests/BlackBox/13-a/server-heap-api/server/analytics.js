'use strict';

const heap = require('heap-api')(process.env.HEAP_APP_ID);

async function recordPurchase(order) {
  await heap.track('Purchase', order.customerEmail, { total: order.total, items: order.items.length });
}

async function recordWebhook(source) {
  await heap.track('Webhook Received', { source }); // expect: server-identity
}

async function syncPlan(user) {
  await heap.addUserProperties(user.email, { plan: user.plan, seats: user.seats });
}

async function syncPlanForEveryone(plan) {
  await heap.addUserProperties({ plan }); // expect: server-identity
}

module.exports = { recordPurchase, recordWebhook, syncPlan, syncPlanForEveryone };
