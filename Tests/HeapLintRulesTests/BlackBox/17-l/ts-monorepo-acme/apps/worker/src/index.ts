import { Heap } from 'heap-js';
import pg from 'pg';
import { syncUserTraits, pushAccountHealth, forgetUsers, recordExport } from './jobs';
import type { UserRow, AccountRow } from './jobs';

type Job =
  | { kind: 'traits'; runAt: number }
  | { kind: 'accounts'; runAt: number }
  | { kind: 'gdpr'; runAt: number; userIds: number[] }
  | { kind: 'export'; runAt: number; userId: number; rows: number };

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL });

// Job timetable, soonest first. heap-js, not Heap Analytics.
const heap = new Heap<Job>((a, b) => a.runAt - b.runAt);

async function run(job: Job): Promise<void> {
  switch (job.kind) {
    case 'traits': {
      const { rows } = await db.query<UserRow>('select id, email, plan, seats from users where updated_at > now() - interval \'1 day\'');
      await syncUserTraits(rows);
      heap.push({ kind: 'traits', runAt: Date.now() + 86_400_000 });
      break;
    }
    case 'accounts': {
      const { rows } = await db.query<AccountRow>('select id, name, health_score as "healthScore", mrr from accounts');
      await pushAccountHealth(rows);
      heap.push({ kind: 'accounts', runAt: Date.now() + 3_600_000 });
      break;
    }
    case 'gdpr':
      await forgetUsers(job.userIds);
      break;
    case 'export':
      await recordExport(job.userId, job.rows);
      break;
  }
}

async function tick(): Promise<void> {
  while (heap.size() > 0 && (heap.peek() as Job).runAt <= Date.now()) {
    const job = heap.pop() as Job;
    try {
      await run(job);
    } catch (err) {
      console.error('job failed', job.kind, err);
      heap.push({ ...job, runAt: Date.now() + 60_000 });
    }
  }
}

heap.push({ kind: 'traits', runAt: Date.now() });
heap.push({ kind: 'accounts', runAt: Date.now() });
setInterval(() => void tick(), 10_000);
