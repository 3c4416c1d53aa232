// Server-side events (reminders, billing) go straight to Heap's HTTP API: there is no browser
// session to attach them to, so every call names the user it belongs to.

const HEAP_TRACK_URL = "https://heapanalytics.com/api/track";

export async function trackServerEvent(
  identity: string,
  event: string,
  properties: Record<string, string | number> = {},
): Promise<void> {
  try {
    const res = await fetch(HEAP_TRACK_URL, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        app_id: process.env.HEAP_APP_ID,
        identity,
        event,
        properties,
        timestamp: new Date().toISOString(),
      }),
    });
    if (!res.ok) console.error(`[heap] ${event} -> ${res.status}`);
  } catch (err) {
    console.error("[heap] request failed", err);
  }
}
