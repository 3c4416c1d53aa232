import type { VercelRequest, VercelResponse } from '@vercel/node';

export default async function handler(req: VercelRequest, res: VercelResponse) {
  const { topic } = req.body as { topic: string };

  await fetch('https://heapanalytics.com/api/track', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: process.env.HEAP_APP_ID, identity: null, event: 'Contact Form Sent', properties: { topic } }) }); // expect: server-identity

  res.status(204).end();
}
