import type { Env, Session } from '../env';
import { trackSystemEvent } from '../heap/system-events';

const HEAP_AUTH_URL = 'https://heapanalytics.com/api/public/v0/auth_token';
const HEAP_DELETION_URL = 'https://heapanalytics.com/api/public/v0/user_deletion';

async function heapApiToken(env: Env): Promise<string> {
  const res = await fetch(HEAP_AUTH_URL, {
    method: 'POST',
    headers: { authorization: `Basic ${btoa(`${env.HEAP_APP_ID}:${env.HEAP_API_KEY}`)}` },
  });
  if (!res.ok) {
    throw new Error(`Heap auth failed: ${res.status}`);
  }
  const { access_token: accessToken } = await res.json<{ access_token: string }>();
  return accessToken;
}

export async function purgeCache(request: Request, env: Env, ctx: ExecutionContext, admin: Session): Promise<Response> {
  const body = await request.json<{ zone: string; paths: string[] }>();
  const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${body.zone}/purge_cache`, {
    method: 'POST',
    headers: { authorization: `Bearer ${env.CF_API_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ files: body.paths.map((p) => `https://rostr.app${p}`) }),
  });
  if (!res.ok) {
    return Response.json({ error: 'purge_failed', requested_by: admin.userId }, { status: 502 });
  }
  ctx.waitUntil(trackSystemEvent(env, 'CDN Cache Purged', { zone: body.zone, path_count: body.paths.length })); // expect: server-identity
  return Response.json({ purged: body.paths.length });
}

export async function rotateApiKey(request: Request, env: Env, ctx: ExecutionContext, admin: Session): Promise<Response> {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  const key = `rk_live_${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  await env.DB.prepare('UPDATE orgs SET api_key_hash = ?, api_key_prefix = ? WHERE id = ?')
    .bind(await sha256(key), key.slice(0, 12), admin.orgId)
    .run();
  ctx.waitUntil(trackSystemEvent(env, 'API Key Rotated', { key_prefix: key.slice(0, 12) }, admin.email));
  return Response.json({ key });
}

export async function closeAccount(request: Request, env: Env, ctx: ExecutionContext, admin: Session): Promise<Response> {
  const { userId } = await request.json<{ userId: string }>();
  const account = await env.DB.prepare('SELECT id, email FROM users WHERE id = ? AND org_id = ?')
    .bind(userId, admin.orgId)
    .first<{ id: string; email: string }>();
  if (!account) {
    return Response.json({ error: 'not_found' }, { status: 404 });
  }
  await env.DB.prepare('DELETE FROM users WHERE id = ?').bind(account.id).run();

  // GDPR: remove the member from Heap as well.
  const token = await heapApiToken(env);
  const res = await fetch(HEAP_DELETION_URL, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ users: [{ email: account.email }] }) }); // expect: server-identity
  if (!res.ok) {
    console.error('heap deletion failed', res.status, await res.text());
  }
  ctx.waitUntil(trackSystemEvent(env, 'Member Removed', { removed_user: account.id }, admin.email));
  return new Response(null, { status: 204 });
}

async function sha256(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
