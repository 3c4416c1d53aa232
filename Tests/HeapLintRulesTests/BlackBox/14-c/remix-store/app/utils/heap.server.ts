const HEAP_URL = 'https://heapanalytics.com/api/track';

export async function heapServerTrack(identity: string, event: string, properties: Record<string, string | number> = {}) {
  await fetch(HEAP_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: process.env.HEAP_APP_ID, identity, event, properties }),
  });
}

export async function heapTrackFromSession(session: { get(key: string): string | undefined }, event: string) {
  await fetch(HEAP_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: process.env.HEAP_APP_ID,
      identity: session.get('userEmail') ?? 'anonymous', // expect: server-identity
      event,
    }),
  });
}
