import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { randomUUID } from 'crypto';
import { authOptions } from '../auth/[...nextauth]';

// Relays important conversion events through the server so ad blockers can't drop them.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();

  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) return res.status(401).json({ error: 'not signed in' });

  const { event, properties = {} } = req.body as { event: string; properties?: Record<string, string | number> };

  const heapRes = await fetch('https://heapanalytics.com/api/track', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: process.env.HEAP_APP_ID,
      identity: session.user.email,
      event,
      properties: { ...properties, request_id: randomUUID(), source: 'server' },
    }),
  });

  return res.status(heapRes.ok ? 202 : 502).json({ ok: heapRes.ok });
}
