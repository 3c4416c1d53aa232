import type { Env, HeapQueueMessage, Session } from './env';
import { closeAccount, purgeCache, rotateApiKey } from './routes/admin';
import { login, logout } from './routes/auth';
import { beacon, linkHeapUser } from './routes/beacon';
import { updateProfile } from './routes/profile';
import { handleStripeWebhook } from './routes/stripe-webhook';
import { syncSeats } from './cron/seat-sync';
import { consumeHeapEvents } from './queue/consumer';
import { injectHeap } from './edge/inject-heap';

export { RateLimiter } from './durable/rate-limiter';

async function readSession(request: Request, env: Env): Promise<Session | null> {
  const cookie = request.headers.get('cookie') ?? '';
  const token = /(?:^|;\s*)rostr_session=([^;]+)/.exec(cookie)?.[1];
  if (!token) return null;
  const session = await env.SESSIONS.get<Session>(`session:${token}`, 'json');
  return session && session.expiresAt > Date.now() ? session : null;
}

function unauthorized(): Response {
  return Response.json({ error: 'unauthorized' }, { status: 401 });
}

export default {
  async fetch(request, env, ctx): Promise<Response> {
    const url = new URL(request.url);
    const requestId = request.headers.get('cf-ray') ?? crypto.randomUUID();

    if (url.hostname === 'api.rostr.app') {
      const session = await readSession(request, env);
      const route = `${request.method} ${url.pathname}`;
      switch (route) {
        case 'POST /v1/login':
          return login(request, env, ctx);
        case 'POST /v1/logout':
          return logout(request, env, ctx, session);
        case 'POST /v1/stripe/webhook':
          return handleStripeWebhook(request, env);
        case 'POST /v1/events':
          return beacon(request, env, session);
        case 'POST /v1/heap/link':
          return session ? linkHeapUser(request, env, session) : unauthorized();
        case 'PATCH /v1/me':
          return session ? updateProfile(request, env, ctx, session) : unauthorized();
        case 'POST /v1/admin/purge':
          return session?.role === 'owner' ? purgeCache(request, env, ctx, session) : unauthorized();
        case 'POST /v1/admin/api-keys/rotate':
          return session?.role === 'owner' ? rotateApiKey(request, env, ctx, session) : unauthorized();
        case 'POST /v1/admin/members/close':
          return session && session.role !== 'member' ? closeAccount(request, env, ctx, session) : unauthorized();
        default:
          return Response.json({ error: 'not_found', requestId }, { status: 404 });
      }
    }

    // Marketing site and app shell: proxied from the origin, Heap added at the edge.
    const origin = await fetch(new Request(`${env.ORIGIN_URL}${url.pathname}${url.search}`, request));
    if (!(origin.headers.get('content-type') ?? '').includes('text/html')) {
      return origin;
    }
    return injectHeap(origin, env, await readSession(request, env));
  },

  async scheduled(controller, env, ctx): Promise<void> {
    if (controller.cron === '0 3 * * *') {
      ctx.waitUntil(syncSeats(env));
    }
  },

  async queue(batch, env): Promise<void> {
    await consumeHeapEvents(batch, env);
  },
} satisfies ExportedHandler<Env, HeapQueueMessage>;
