import type { Env } from '../env';

const HEAP_API_URL = 'https://heapanalytics.com/api';

interface OrgRow {
  id: string;
  name: string;
  plan: string;
  seats_used: number;
  seats_purchased: number;
  locations: number;
}

/** Nightly: push seat usage of every organisation changed in the last day to Heap accounts. */
export async function syncSeats(env: Env): Promise<void> {
  const since = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
  const { results } = await env.DB.prepare(
    'SELECT id, name, plan, seats_used, seats_purchased, locations FROM orgs WHERE updated_at > ?',
  )
    .bind(since)
    .all<OrgRow>();

  for (const org of results) {
    const res = await fetch(`${HEAP_API_URL}/add_account_properties`, { // expect: server-identity
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        app_id: env.HEAP_APP_ID,
        accountId: org.id,
        properties: {
          name: org.name,
          plan: org.plan,
          seats_used: org.seats_used,
          seats_purchased: org.seats_purchased,
          locations: org.locations,
        },
      }),
    });
    if (!res.ok) {
      console.warn('seat sync failed', org.id, res.status);
    }
  }
}
