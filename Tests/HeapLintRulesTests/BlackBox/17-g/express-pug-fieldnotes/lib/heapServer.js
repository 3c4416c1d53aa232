'use strict';

const got = require('got');

const HEAP_APP_ID = process.env.HEAP_APP_ID;
const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';
const HEAP_USER_PROPS_URL = 'https://heapanalytics.com/api/add_user_properties';

function addUserProperties(identity, properties) {
  return got.post(HEAP_USER_PROPS_URL, {
    json: { app_id: HEAP_APP_ID, identity, properties },
    timeout: 5000,
    retry: 2,
  });
}

/** Bulk form of /api/track: events is an array of { identity, event, properties }. */
function trackEvents(events) {
  return got.post(HEAP_TRACK_URL, {
    json: { app_id: HEAP_APP_ID, events },
    timeout: 5000,
    retry: 2,
  });
}

module.exports = { addUserProperties, trackEvents };
