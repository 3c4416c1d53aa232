const axios = require('axios');

const APP_ID = process.env.HEAP_APP_ID;
const TRACK_URL = 'https://heapanalytics.com/api/track';

async function flushOrderEvents(orders) {
  await axios.post(TRACK_URL, {
    app_id: APP_ID,
    events: orders.map((order) => ({
      identity: order.customerEmail,
      event: 'Order Placed',
      timestamp: order.createdAt.toISOString(),
      properties: { total: order.total, items: order.lineItems.length },
    })),
  });
}

async function trackWorkspaceMigration(user, workspace) {
  await axios.post(TRACK_URL, {
    app_id: APP_ID,
    events: [
      {
        identity: user.email,
        event: 'Workspace Migrated',
        properties: { workspace: workspace.slug },
      },
      {
        identity: 'anonymous', // expect: server-identity
        event: 'Migration Completed',
        properties: { workspace: workspace.slug },
      },
      { // expect: server-identity
        event: 'Migration Audit Logged',
        properties: { workspace: workspace.slug },
      },
    ],
  });
}

async function trackHeartbeats(pings) {
  await axios.post(TRACK_URL, {
    app_id: APP_ID,
    events: pings.map((p) => ({ // expect: server-identity
      event: 'Agent Heartbeat',
      properties: { host: p.host, version: p.version },
    })),
  });
}

async function flushQueue(queue) {
  while (queue.length > 0) {
    const batch = queue.splice(0, 1000);
    await axios.post(TRACK_URL, {
      app_id: APP_ID,
      events: batch,
    });
  }
}

async function replayEvents(stored) {
  await axios.post(TRACK_URL, {
    app_id: APP_ID,
    events: stored.map((e) => ({ ...e, timestamp: e.occurredAt })),
  });
}

module.exports = { flushOrderEvents, trackWorkspaceMigration, trackHeartbeats, flushQueue, replayEvents };
