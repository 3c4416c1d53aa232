import { cookies } from 'next/headers';
import { db } from './db';

export async function getCurrentUser() {
  const token = cookies().get('pw_session')?.value;
  if (!token) return null;
  const session = await db.session.findFirst({ where: { token }, include: { user: true } });
  return session?.user ?? null;
}

export async function verifyCredentials(email: string, password: string) {
  const user = await db.user.findFirst({ where: { email } });
  if (!user) return null;
  const ok = await db.verifyPassword(user.passwordHash, password);
  return ok ? user : null;
}

export async function createSession(userId: string) {
  return db.session.create({ data: { userId } });
}
