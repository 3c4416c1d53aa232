export interface Env {
  HEAP_APP_ID: string;
  SESSIONS: KVNamespace;
}

interface ClientEvent {
  userEmail: string;
  name: string;
  ts: string;
  props: Record<string, string | number>;
}

const HEAP = 'https://heapanalytics.com';

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);

    if (url.pathname === '/collect' && request.method === 'POST') {
      const body = (await request.json()) as { events: ClientEvent[] };
      ctx.waitUntil(
        fetch(`${HEAP}/api/track`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            app_id: env.HEAP_APP_ID,
            events: body.events.map((e) => ({
              identity: e.userEmail,
              event: e.name,
              timestamp: e.ts,
              properties: e.props,
            })),
          }),
        }),
      );
      return new Response(null, { status: 202 });
    }

    if (url.pathname === '/session/link') {
      const token = request.headers.get('authorization')?.replace('Bearer ', '') ?? '';
      const session = JSON.parse((await env.SESSIONS.get(token)) ?? '{}');
      await fetch(`${HEAP}/api/v1/identify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          app_id: env.HEAP_APP_ID,
          identity: session.email,
          user_id: session.heapUserId,
          timestamp: new Date().toISOString(),
        }),
      });
      return new Response('linked');
    }

    if (url.pathname === '/purge') {
      await fetch(`${HEAP}/api/track`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          app_id: env.HEAP_APP_ID,
          events: [
            { identity: 'edge-worker', event: 'Edge Cache Purged', properties: { path: url.searchParams.get('p') ?? '/' } }, // expect: server-identity
          ],
        }),
      });
      return new Response('purged');
    }

    return new Response('not found', { status: 404 });
  },

  async scheduled(controller: ScheduledController, env: Env): Promise<void> {
    await fetch(`${HEAP}/api/track`, { // expect: server-identity
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        app_id: env.HEAP_APP_ID,
        event: 'Worker Heartbeat',
        properties: { cron: controller.cron },
      }),
    });
  },
};
