import 'server-only';

const HEAP_API = 'https://heapanalytics.com/api';
const APP_ID = process.env.HEAP_APP_ID ?? '';

type Properties = Record<string, string | number>;

/** Server-side events (webhooks, background work) that the browser never sees. */
export async function trackServerEvent(identity: string, event: string, properties: Properties = {}) {
  const res = await fetch(`${HEAP_API}/track`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: APP_ID, identity, event, properties, timestamp: new Date().toISOString() }),
    cache: 'no-store',
  });
  if (!res.ok) {
    console.error('[heap] track failed', res.status, await res.text());
  }
}
