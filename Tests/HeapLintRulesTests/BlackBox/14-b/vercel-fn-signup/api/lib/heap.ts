const TRACK_URL = 'https://heapanalytics.com/api/track';

export interface HeapTrackBody {
  app_id: string;
  identity: string;
  event: string;
  properties?: Record<string, string | number>;
}

export function buildTrackBody(identity: string, event: string, properties?: Record<string, string | number>): HeapTrackBody {
  return { app_id: process.env.HEAP_APP_ID!, identity, event, properties };
}

export async function postTrack(body: HeapTrackBody): Promise<void> {
  await fetch(TRACK_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
