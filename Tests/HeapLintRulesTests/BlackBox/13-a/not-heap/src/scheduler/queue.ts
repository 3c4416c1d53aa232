import { MinHeap } from './min-heap';

export interface Job {
  id: string;
  runAt: number;
  run: () => Promise<void>;
}

const heap = new MinHeap<Job>((a, b) => a.runAt - b.runAt);

export function schedule(job: Job): void {
  heap.push(job);
}

export async function drain(now: number = Date.now()): Promise<number> {
  let ran = 0;
  while (heap.size > 0 && heap.peek()!.runAt <= now) {
    const job = heap.pop()!;
    await job.run();
    ran++;
  }
  return ran;
}

export function nextDue(queue: MinHeap<Job> = heap): number | null {
  return queue.peek()?.runAt ?? null;
}
