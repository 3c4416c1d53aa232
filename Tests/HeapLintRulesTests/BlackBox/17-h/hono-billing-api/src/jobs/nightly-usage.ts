import { env } from "../env";
import { pool } from "../lib/db";

const HEAP_TRACK_URL = "https://heapanalytics.com/api/track";
const HEAP_USER_PROPS_URL = "https://heapanalytics.com/api/add_user_properties";
const BATCH = 1000;

interface SeatUsageRow {
  org_id: string;
  org_slug: string;
  day: Date;
  seats_used: number;
  seats_paid: number;
}

interface MemberActivityRow {
  user_id: string;
  email: string;
  api_calls_30d: number;
  last_seen_at: Date;
}

async function postJson(url: string, payload: unknown): Promise<void> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
}

/** Per-member activity, so Heap can segment by how heavily someone uses the API. */
export async function pushMemberActivity(): Promise<void> {
  const { rows } = await pool.query<MemberActivityRow>("select * from member_activity_30d");
  for (let i = 0; i < rows.length; i += BATCH) {
    await fetch(HEAP_USER_PROPS_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        app_id: env.HEAP_APP_ID,
        users: rows.slice(i, i + BATCH).map((row) => ({
          identity: row.user_id,
          properties: { api_calls_30d: row.api_calls_30d, last_seen: row.last_seen_at.toISOString() },
        })),
      }),
    });
  }
}

/** Daily seat usage per org, reported as Heap events for the usage dashboards. */
export async function pushSeatUsage(day: Date): Promise<void> {
  const { rows } = await pool.query<SeatUsageRow>("select * from seat_usage_daily where day = $1", [day]);
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await postJson(HEAP_TRACK_URL, {
      app_id: env.HEAP_APP_ID,
      events: batch.map((row) => ({ event: "Daily Seat Usage", timestamp: row.day.toISOString(), properties: { org: row.org_slug, seats_used: row.seats_used, seats_paid: row.seats_paid } })), // expect: server-identity
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
  await pushMemberActivity();
  await pushSeatUsage(yesterday);
  await pool.end();
}
