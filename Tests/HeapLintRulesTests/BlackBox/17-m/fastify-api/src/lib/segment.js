'use strict';

const { Analytics } = require('@segment/analytics-node');
const { segmentWriteKey } = require('../config');

const analytics = segmentWriteKey ? new Analytics({ writeKey: segmentWriteKey }) : null;

// Segment accepts anonymousId for visitors who never logged in; Heap's API does not.
function identify(userId, traits) {
  if (!analytics) return;
  analytics.identify(userId ? { userId, traits } : { anonymousId: 'server', traits });
}

function track(userId, event, properties) {
  if (!analytics) return;
  analytics.track({ userId: userId || undefined, anonymousId: userId ? undefined : 'server', event, properties });
}

module.exports = { identify, track, analytics };
