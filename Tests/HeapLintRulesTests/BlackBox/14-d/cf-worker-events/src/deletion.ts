import type { Env } from './index';

interface DeletionRow {
  email: string;
}

export async function processDeletionQueue(env: Env & { HEAP_API_KEY: string }, pending: DeletionRow[]): Promise<number> {
  if (pending.length === 0) return 0;
  const res = await fetch('https://heapanalytics.com/api/public/v0/user_deletion', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${env.HEAP_API_KEY}`,
    },
    body: JSON.stringify({
      users: pending.map((r) => ({ identity: r.email })),
    }),
  });
  return res.status;
}
