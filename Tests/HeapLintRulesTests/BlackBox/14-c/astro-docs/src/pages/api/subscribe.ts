import type { APIRoute } from 'astro';

const HEAP = 'https://heapanalytics.com';

export const POST: APIRoute = async ({ request }) => {
  const { email, topics } = await request.json();

  await fetch(`${HEAP}/api/track`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: import.meta.env.HEAP_APP_ID, identity: email, event: 'Docs Subscribed' }),
  });

  await fetch(`${HEAP}/api/add_user_properties`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: import.meta.env.HEAP_APP_ID,
      users: [
        { identity: email, properties: { topics: topics.join(',') } },
        { identity: null, properties: { last_signup_topic: topics[0] } }, // expect: server-identity
      ],
    }),
  });

  return new Response(null, { status: 204 });
};
