import type { Handle } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const user = event.locals.user;
  if (user && event.url.pathname === '/login' && event.request.method === 'POST') {
    await fetch('https://heapanalytics.com/api/add_user_properties', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: env.HEAP_APP_ID, identity: user.email, properties: { last_login: new Date().toISOString() } }),
    });
  }
  if (event.url.pathname.startsWith('/api/export')) {
    await fetch('https://heapanalytics.com/api/add_user_properties', { // expect: server-identity
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: env.HEAP_APP_ID, properties: { exported_at: new Date().toISOString() } }),
    });
  }
  return response;
};
