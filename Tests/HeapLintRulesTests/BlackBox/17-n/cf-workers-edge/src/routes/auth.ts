import type { Env, Session } from '../env';
import { HeapClient } from '../heap/client';
import { newSessionToken, verifyPassword } from '../lib/passwords';

const SESSION_TTL = 60 * 60 * 24 * 14;

interface UserRow {
  id: string;
  email: string;
  org_id: string;
  role: Session['role'];
  password_hash: string;
}

async function recordFailedLogin(env: Env, reason: string, request: Request): Promise<void> {
  await fetch('https://heapanalytics.com/api/track', { // expect: server-identity
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      app_id: env.HEAP_APP_ID,
      event: 'Login Failed',
      properties: {
        reason,
        country: String(request.cf?.country ?? 'unknown'),
        colo: String(request.cf?.colo ?? 'unknown'),
      },
    }),
  });
}

export async function login(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
  const { email, password } = await request.json<{ email: string; password: string }>();
  const user = await env.DB.prepare('SELECT id, email, org_id, role, password_hash FROM users WHERE email = ?')
    .bind(email.trim().toLowerCase())
    .first<UserRow>();

  if (!user || !(await verifyPassword(password, user.password_hash))) {
    ctx.waitUntil(recordFailedLogin(env, user ? 'wrong-password' : 'unknown-email', request));
    return Response.json({ error: 'invalid_credentials' }, { status: 401 });
  }

  const token = newSessionToken();
  const session: Session = {
    userId: user.id,
    email: user.email,
    orgId: user.org_id,
    role: user.role,
    expiresAt: Date.now() + SESSION_TTL * 1000,
  };
  await env.SESSIONS.put(`session:${token}`, JSON.stringify(session), { expirationTtl: SESSION_TTL });

  const heap = new HeapClient(env.HEAP_APP_ID);
  ctx.waitUntil(heap.track('Logged In', user.email, { method: 'password', role: user.role }));

  return new Response(null, {
    status: 204,
    headers: { 'set-cookie': `rostr_session=${token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${SESSION_TTL}` },
  });
}

export async function logout(request: Request, env: Env, ctx: ExecutionContext, session: Session | null): Promise<Response> {
  const token = /(?:^|;\s*)rostr_session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  if (token) {
    await env.SESSIONS.delete(`session:${token}`);
  }
  if (session) {
    const heap = new HeapClient(env.HEAP_APP_ID);
    ctx.waitUntil(heap.track('Logged Out', session.email, { session_minutes: Math.round((Date.now() - (session.expiresAt - SESSION_TTL * 1000)) / 60000) }));
  }
  return new Response(null, {
    status: 204,
    headers: { 'set-cookie': 'rostr_session=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0' },
  });
}
