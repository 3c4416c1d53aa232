// Netlify function: stores a newsletter lead and mirrors it into Heap server-side.
const HEAP_APP_ID = process.env.HEAP_APP_ID;

exports.handler = async (event) => {
  if (event.httpMethod !== 'POST') {
    return { statusCode: 405, body: 'Method Not Allowed' };
  }
  const { email, source } = JSON.parse(event.body || '{}');
  if (!email) {
    return { statusCode: 400, body: 'email required' };
  }

  await fetch('https://heapanalytics.com/api/add_user_properties', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      identity: email,
      properties: { lead_source: source || 'unknown', subscribed_at: new Date().toISOString() },
    }),
  });

  await fetch('https://heapanalytics.com/api/track', { // expect: server-identity
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      event: 'Lead Captured',
      properties: { source: source || 'unknown' },
    }),
  });

  return { statusCode: 204, body: '' };
};
