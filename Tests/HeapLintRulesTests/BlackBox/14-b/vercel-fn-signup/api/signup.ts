import type { VercelRequest, VercelResponse } from '@vercel/node';
import { buildTrackBody, postTrack } from './lib/heap';

export default async function handler(req: VercelRequest, res: VercelResponse) {
  const { email, company, utm_source } = req.body as { email: string; company: string; utm_source?: string };

  await postTrack(buildTrackBody(email, 'Signup Form Submitted', { company, source: utm_source ?? 'direct' }));

  await fetch('https://heapanalytics.com/api/track', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ app_id: process.env.HEAP_APP_ID, identity: email, event: 'Lead Created' }),
  });

  res.status(200).json({ ok: true });
}
