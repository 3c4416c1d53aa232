export default async (req) => {
  const { heapUserId, email } = await req.json();
  if (!email || !heapUserId) {
    return new Response('missing fields', { status: 400 });
  }
  const res = await fetch('https://heapanalytics.com/api/v1/identify', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: process.env.HEAP_APP_ID, identity: email, user_id: heapUserId }),
  });
  return new Response(null, { status: res.status });
};

export const config = { path: '/api/heap/identify' };
