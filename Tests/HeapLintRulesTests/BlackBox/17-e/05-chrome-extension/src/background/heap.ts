// Extension pages can't load remote scripts under MV3, so we talk to Heap's
// server-side API from the service worker instead of using the web snippet.

export const HEAP_APP_ID = '4108276615';
const HEAP_API = 'https://heapanalytics.com/api';

export type HeapProps = Record<string, string | number>;

export interface HeapServerEvent {
  identity: string;
  event: string;
  timestamp?: string;
  properties?: HeapProps;
}

function headers() {
  return {
    'Content-Type': 'application/json',
    // lets us find a single call in our proxy logs
    'X-Request-Id': crypto.randomUUID(),
  };
}

export async function heapTrack(event: string, identity: string, properties: HeapProps = {}) {
  const res = await fetch(`${HEAP_API}/track`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ app_id: HEAP_APP_ID, identity, event, properties }),
  });
  if (!res.ok) console.warn('[heap] track failed', event, res.status);
}

export async function heapAddUserProperties(identity: string, properties: HeapProps) {
  const res = await fetch(`${HEAP_API}/add_user_properties`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ app_id: HEAP_APP_ID, identity, properties }),
  });
  if (!res.ok) console.warn('[heap] add_user_properties failed', res.status);
}

export async function heapTrackBulk(events: HeapServerEvent[]) {
  if (events.length === 0) return;
  await fetch(`${HEAP_API}/track`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ app_id: HEAP_APP_ID, events }),
  });
}
