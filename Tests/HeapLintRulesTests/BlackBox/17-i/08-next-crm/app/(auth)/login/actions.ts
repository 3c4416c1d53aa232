'use server';

import { cookies } from 'next/headers';
import { verifyCredentials, createSession } from '../../../lib/auth';

const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';
const JSON_HEADERS = { 'Content-Type': 'application/json' };

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; legacyId: string | null } }
  | { ok: false; error: string };

export async function signIn(formData: FormData): Promise<SignInResult> {
  const email = String(formData.get('email') ?? '').trim().toLowerCase();
  const password = String(formData.get('password') ?? '');
  const user = await verifyCredentials(email, password);

  await fetch(HEAP_TRACK_URL, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ app_id: process.env.HEAP_APP_ID, identity: user?.id ?? 'anonymous', event: user ? 'Sign In' : 'Sign In Failed' }) }); // expect: server-identity

  if (!user) return { ok: false, error: 'Invalid email or password' };

  const session = await createSession(user.id);
  cookies().set('pw_session', session.token, { httpOnly: true, secure: true, sameSite: 'lax' });
  await fetch(HEAP_TRACK_URL, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ app_id: process.env.HEAP_APP_ID, identity: user.id, event: 'Session Started', properties: { mfa: user.mfaEnabled ? 'yes' : 'no' } }) });

  return { ok: true, user: { id: user.id, email: user.email, name: user.name, legacyId: user.legacyId } };
}
