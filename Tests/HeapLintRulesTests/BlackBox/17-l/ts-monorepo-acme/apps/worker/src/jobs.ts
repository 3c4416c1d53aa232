import { randomUUID } from 'node:crypto';
import { HeapServerClient, ANALYTICS } from '@acme/analytics';

export interface UserRow {
  id: number;
  email: string;
  plan: string;
  seats: number;
}

export interface AccountRow {
  id: string;
  name: string;
  healthScore: number;
  mrr: number;
}

const APP_ID = process.env.HEAP_APP_ID ?? '';
const HEAP_ACCOUNTS_URL = 'https://heapanalytics.com/api/add_account_properties';

export const heapServer = new HeapServerClient({ appId: APP_ID, timeoutMs: 8000 });

export async function syncUserTraits(users: UserRow[]): Promise<number> {
  let synced = 0;
  for (const u of users) {
    try {
      await heapServer.addUserProperties(String(u.id), { plan: u.plan, seats: u.seats });
      synced += 1;
    } catch (err) {
      console.error({ err, userId: u.id, requestId: randomUUID() }, 'trait sync failed');
    }
  }
  await heapServer.track(ANALYTICS.SYSTEM_IDENTITY, ANALYTICS.EVENTS.TRAITS_SYNCED, { count: synced }); // expect: server-identity
  return synced;
}

export async function recordExport(userId: number, rows: number): Promise<void> {
  await heapServer.track(String(userId), 'Data Exported', { rows, export_id: randomUUID() });
}

export async function pushAccountHealth(accounts: AccountRow[]): Promise<void> {
  await fetch(HEAP_ACCOUNTS_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      app_id: APP_ID,
      accounts: accounts.map((a) => ({
        account_id: a.id,
        properties: { health_score: a.healthScore, mrr: a.mrr },
      })),
    }),
  });

  const average = accounts.reduce((sum, a) => sum + a.healthScore, 0) / Math.max(accounts.length, 1);
  // portfolio-wide number for the CS dashboard
  await fetch(HEAP_ACCOUNTS_URL, { // expect: server-identity
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ app_id: APP_ID, properties: { portfolio_health: average } }),
  });
}

export async function forgetUsers(userIds: number[]): Promise<void> {
  if (userIds.length === 0) return;
  await heapServer.deleteUsers(userIds.map(String));
}
