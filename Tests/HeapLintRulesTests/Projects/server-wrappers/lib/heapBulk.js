// The bulk form of /api/track behind one function: callers pass the list of events.
const got = require('got');

const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';

function trackEvents(events) {
  return got.post(HEAP_TRACK_URL, { json: { app_id: process.env.HEAP_APP_ID, events } });
}

module.exports = { trackEvents };
