'use strict';

const { Analytics } = require('@segment/analytics-node');
const config = require('../config');

const analytics = config.segmentWriteKey ? new Analytics({ writeKey: config.segmentWriteKey }) : null;

// Warehouse events for finance. Server jobs report as one fixed "system" user there on purpose.
function track(userId, event, properties) {
  if (!analytics) return;
  analytics.track({ userId, event, properties });
}

function identifySystem() {
  if (!analytics) return;
  analytics.identify({ userId: 'system', traits: { kind: 'service', name: 'billing-service' } });
}

module.exports = { track, identifySystem };
