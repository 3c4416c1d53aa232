import { json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { RequestHandler } from './$types';

const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';
const HEAP_PROPS_URL = 'https://heapanalytics.com/api/add_user_properties';

// Server-side relay for events that ad blockers would otherwise drop.
export const POST: RequestHandler = async ({ request, locals, fetch }) => {
  const { event, properties = {} } = await request.json();

  if (locals.user) {
    await fetch(HEAP_TRACK_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ app_id: env.HEAP_APP_ID, identity: locals.user.email, event, properties })
    });
    await fetch(HEAP_PROPS_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        app_id: env.HEAP_APP_ID,
        identity: locals.user.email,
        properties: { last_server_event: String(event) }
      })
    });
  } else {
    await fetch(HEAP_TRACK_URL, { // expect: server-identity
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ app_id: env.HEAP_APP_ID, event, properties: { ...properties, logged_in: 'no' } })
    });
  }

  return json({ ok: true });
};
