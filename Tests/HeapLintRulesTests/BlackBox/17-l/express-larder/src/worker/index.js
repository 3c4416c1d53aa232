// Background worker: everything that talks to Heap from the server goes through here.
const axios = require('axios');
const Heap = require('heap');
const config = require('../config');
const heapClient = require('../lib/heapClient');
const { postToHeap } = require('../lib/heapHttp');
const { analyticsQueue } = require('./queues');
const { exportOrders } = require('../models/orders');

const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';

// Retries are replayed earliest-first; `heap` here is the npm priority queue, not Heap Analytics.
const heap = new Heap((a, b) => a.retryAt - b.retryAt);

function scheduleRetry(job, err) {
  heap.push({ job, retryAt: Date.now() + 30000, error: err.message });
}

setInterval(() => {
  while (!heap.empty() && heap.peek().retryAt <= Date.now()) {
    const { job } = heap.pop();
    analyticsQueue.add(job.name, job.data);
  }
}, 5000);

analyticsQueue.process('user-traits', async (job) => {
  const { userId, traits = {} } = job.data;
  if (!userId) return;
  await heapClient.addUserProperties(String(userId), { ...traits, synced_by: 'worker' });
});

analyticsQueue.process('order-shipped', async (job) => {
  const { userId, orderId, boxes } = job.data;
  try {
    await heapClient.track('Order Shipped', String(userId), { order_id: orderId, boxes });
  } catch (err) {
    scheduleRetry(job, err);
  }
});

analyticsQueue.process('churn', async (job) => {
  const { userId, reason } = job.data;
  await heapClient.addUserProperties(String(userId), { churned: 'yes', churn_reason: reason });
  await heapClient.track('Subscription Cancelled', String(userId), { reason });
});

analyticsQueue.process('nightly-export', async (job) => {
  const rows = await exportOrders(job.data.date);
  await heapClient.track('Nightly Export Finished'); // expect: server-identity
  return { rows: rows.length };
});

analyticsQueue.process('ops-metrics', async (job) => {
  await postToHeap('/api/add_user_properties', { identity: 'ops-bot', properties: { last_run: job.timestamp } }); // expect: server-identity
});

analyticsQueue.process('weekly-digest', async (job) => {
  const { recipients = [] } = job.data;
  await axios.post(HEAP_TRACK_URL, {
    app_id: config.heap.appId,
    events: recipients.map((r) => ({
      identity: String(r.userId),
      event: 'Digest Sent',
      properties: { recipes: r.count },
    })),
  });
  await axios.post(HEAP_TRACK_URL, { app_id: config.heap.appId, events: [{ event: 'Digest Batch Done', properties: { total: recipients.length } }] }); // expect: server-identity
});
