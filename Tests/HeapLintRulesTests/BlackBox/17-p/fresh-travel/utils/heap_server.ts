import { HEAP_API_BASE, HEAP_APP_ID, SYSTEM_IDENTITY } from "./config.ts";

type Props = Record<string, string | number>;

const JSON_HEADERS = { "Content-Type": "application/json" };

export async function heapTrack(event: string, identity: string, properties: Props = {}): Promise<void> {
  const res = await fetch(`${HEAP_API_BASE}/track`, {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify({ app_id: HEAP_APP_ID, identity, event, properties }),
  });
  if (!res.ok) console.warn(`[heap] track ${event} failed: ${res.status}`);
}

export async function heapAddUserProperties(identity: string, properties: Props): Promise<void> {
  const res = await fetch(`${HEAP_API_BASE}/add_user_properties`, {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify({ app_id: HEAP_APP_ID, identity, properties }),
  });
  if (!res.ok) console.warn(`[heap] add_user_properties failed: ${res.status}`);
}

/** Events raised by the platform itself rather than by a traveler. */
export function trackSystem(event: string, properties: Props = {}, identity = SYSTEM_IDENTITY): Promise<void> {
  return heapTrack(event, identity, properties);
}
