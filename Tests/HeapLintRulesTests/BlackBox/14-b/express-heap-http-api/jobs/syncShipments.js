'use strict';

const { HEAP_APP_ID } = require('../lib/heap');
const carrier = require('../carrier');

async function syncShipments(since) {
  const shipments = await carrier.listDelivered(since);

  // One request per batch of delivered parcels.
  const events = shipments.map((s) => ({
    identity: s.customerEmail,
    event: 'Shipment Delivered',
    timestamp: s.deliveredAt,
    properties: { carrier: s.carrier, days_in_transit: s.daysInTransit },
  }));

  await fetch('https://heapanalytics.com/api/track', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: HEAP_APP_ID, events }),
  });
}

async function reportJobRun(stats) {
  await fetch('https://heapanalytics.com/api/track', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      events: [
        { identity: stats.triggeredBy, event: 'Shipment Sync Finished', properties: { count: stats.count } },
        { identity: 'system', event: 'Shipment Sync Heartbeat', properties: { host: stats.host } }, // expect: server-identity
        { // expect: server-identity
          event: 'Shipment Sync Duration',
          properties: { ms: stats.durationMs },
        },
      ],
    }),
  });
}

module.exports = { syncShipments, reportJobRun };
