// Heap's HTTP API behind two functions the routes call.
const HEAP_API = 'https://heapanalytics.com/api';
const APP_ID = process.env.HEAP_APP_ID ?? '';

export async function trackFor(event: string, identity: string, properties: Record<string, string> = {}) {
  await fetch(`${HEAP_API}/track`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: APP_ID, identity, event, properties }),
  });
}

export async function sendUserProperties(payload: { identity?: string; properties: Record<string, string> }) {
  await fetch(`${HEAP_API}/add_user_properties`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: APP_ID, ...payload }),
  });
}
