import { db } from './db';

export async function getUserForSession(token: string | undefined) {
  if (!token) return null;
  const row = await db.session.findUnique({ where: { token }, include: { user: true } });
  if (!row || row.expiresAt < new Date()) return null;
  return {
    id: row.user.id,
    email: row.user.email,
    householdSize: row.user.householdSize,
    diet: row.user.diet
  };
}
