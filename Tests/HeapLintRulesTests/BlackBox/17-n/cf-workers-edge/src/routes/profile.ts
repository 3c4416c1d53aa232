import type { Env, Session } from '../env';
import { HeapClient } from '../heap/client';

interface ProfileInput {
  displayName: string;
  timezone: string;
  locale: string;
}

interface ProfileRow {
  email: string | null; // null until a member invited by SMS adds one
  display_name: string;
  timezone: string;
  locale: string;
}

export async function updateProfile(request: Request, env: Env, ctx: ExecutionContext, session: Session): Promise<Response> {
  const input = await request.json<ProfileInput>();
  if (!input.displayName?.trim()) {
    return Response.json({ error: 'display_name_required' }, { status: 422 });
  }

  const profile = await env.DB.prepare(
    'UPDATE users SET display_name = ?, timezone = ?, locale = ? WHERE id = ? RETURNING email, display_name, timezone, locale',
  )
    .bind(input.displayName.trim(), input.timezone, input.locale, session.userId)
    .first<ProfileRow>();
  if (!profile) {
    return Response.json({ error: 'not_found' }, { status: 404 });
  }

  const heap = new HeapClient(env.HEAP_APP_ID);
  ctx.waitUntil(
    heap.addUserProperties(profile.email ?? '', { // expect: server-identity
      display_name: profile.display_name,
      timezone: profile.timezone,
      locale: profile.locale,
    }),
  );

  return Response.json(profile);
}
