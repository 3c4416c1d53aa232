import type { Handle } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { getUserForSession } from '$lib/server/sessions';

const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';
const JSON_HEADERS = { 'content-type': 'application/json' };

export const handle: Handle = async ({ event, resolve }) => {
  const requestId = crypto.randomUUID();
  event.locals.requestId = requestId;
  event.locals.user = await getUserForSession(event.cookies.get('pp_session'));

  const response = await resolve(event);
  response.headers.set('x-request-id', requestId);

  if (event.url.pathname === '/api/plan/export' && response.ok && event.locals.user) {
    await fetch(HEAP_TRACK_URL, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ app_id: env.HEAP_APP_ID, identity: event.locals.user.email, event: 'Plan Exported', properties: { request_id: requestId } }) });
  }

  if (response.status >= 500) {
    await fetch(HEAP_TRACK_URL, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ app_id: env.HEAP_APP_ID, event: 'Server Error', properties: { path: event.url.pathname, request_id: requestId } }) }); // expect: server-identity
  }

  return response;
};
