import { Meteor } from 'meteor/meteor';

const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';
const HEAP_USER_PROPS_URL = 'https://heapanalytics.com/api/add_user_properties';

function appId() {
  return Meteor.settings.heap?.appId;
}

async function postJson(url, payload) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  if (!res.ok) console.warn(`[heap] ${url} answered ${res.status}`);
}

export function serverTrack(identity, event, properties = {}) {
  return postJson(HEAP_TRACK_URL, { app_id: appId(), identity, event, properties });
}

export function serverAddUserProperties(identity, properties) {
  return postJson(HEAP_USER_PROPS_URL, { app_id: appId(), identity, properties });
}
