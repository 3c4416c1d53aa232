// Server-side events for things that never touch a browser (webhooks, jobs).
const HEAP_HOST = 'https://heapanalytics.com';
const APP_ID = process.env.HEAP_APP_ID;

async function post(path, payload) {
  const res = await fetch(`${HEAP_HOST}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: APP_ID, ...payload }),
  });
  if (!res.ok) {
    throw new Error(`heap ${path} answered ${res.status}`);
  }
}

function trackServer(identity, event, properties = {}) {
  return post('/api/track', { identity, event, properties });
}

function setUserProps(identity, properties) {
  return post('/api/add_user_properties', { identity, properties });
}

module.exports = { trackServer, setUserProps };
