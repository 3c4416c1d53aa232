import { BinaryHeap } from './BinaryHeap';

interface Job {
  id: string;
  owner: string;
  runAt: number;
}

const heap = new BinaryHeap<Job>((a, b) => a.runAt - b.runAt);

export function bootstrap(saved: Job[]): void {
  heap.load(saved);
}

export function enqueue(job: Job): void {
  heap.push(job);
}

export function due(now: number): Job[] {
  const out: Job[] = [];
  while (heap.size) {
    const next = heap.pop()!;
    if (next.runAt > now) {
      heap.push(next);
      break;
    }
    out.push(next);
  }
  return out;
}
