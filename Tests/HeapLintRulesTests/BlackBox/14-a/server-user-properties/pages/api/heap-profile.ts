import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../src/auth';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) {
    return res.status(401).json({ error: 'not signed in' });
  }

  const response = await fetch('https://heapanalytics.com/api/add_user_properties', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: process.env.HEAP_APP_ID,
      identity: session.user.email,
      properties: {
        company: String(req.body.company ?? ''),
        role: String(req.body.role ?? ''),
      },
    }),
  });

  return res.status(response.ok ? 204 : 502).end();
}
