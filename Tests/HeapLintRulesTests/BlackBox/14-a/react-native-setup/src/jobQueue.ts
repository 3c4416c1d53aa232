import { MinPriorityQueue } from '@datastructures-js/priority-queue';

type Job = { id: string; runAt: number };

const heap = new MinPriorityQueue<Job>((job) => job.runAt);

export function schedule(job: Job): void {
  heap.enqueue(job);
}

export function nextDue(now: number): Job | null {
  const top = heap.front();
  if (top && top.runAt <= now) {
    return heap.dequeue();
  }
  return null;
}
