import type { FastifyInstance } from 'fastify';
import { request } from 'undici';

const HEAP_TRACK = 'https://heapanalytics.com/api/track';
const appId = process.env.HEAP_APP_ID!;

interface Row {
  email: string;
  event: string;
  at: string;
  props: Record<string, string>;
}

export async function importRoutes(app: FastifyInstance) {
  app.post<{ Body: { rows: Row[] } }>('/events', async (req) => {
    const events = req.body.rows.map((r) => ({
      identity: r.email,
      event: r.event,
      timestamp: r.at,
      properties: r.props,
    }));
    await request(HEAP_TRACK, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: appId, events }),
    });
    return { imported: events.length };
  });

  app.post<{ Body: { rows: Row[] } }>('/events/legacy', async (req) => {
    await request(HEAP_TRACK, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        app_id: appId,
        events: req.body.rows.map((r) => ({ // expect: server-identity
          event: r.event,
          timestamp: r.at,
          properties: r.props,
        })),
      }),
    });
    return { ok: true };
  });

  app.post<{ Body: { jobId: string; heapUserId: string } }>('/jobs/summary', async (req) => {
    const job = await loadJob(req.body.jobId);
    await request(HEAP_TRACK, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        app_id: appId,
        events: [
          {
            identity: job.ownerEmail,
            event: 'Import Finished',
            properties: { rows: job.rowCount },
          },
          {
            user_id: req.body.heapUserId,
            event: 'Import Reviewed',
          },
          {
            identity: 'system', // expect: server-identity
            event: 'Import Audit Logged',
            idempotency_key: job.id,
          },
          { // expect: server-identity
            event: 'Import Cleanup',
            properties: { source: job.source },
          },
        ],
      }),
    });
    return { ok: true };
  });
}

async function loadJob(id: string) {
  return { id, ownerEmail: `owner-${id}@example.com`, rowCount: 0, source: 'csv' };
}
