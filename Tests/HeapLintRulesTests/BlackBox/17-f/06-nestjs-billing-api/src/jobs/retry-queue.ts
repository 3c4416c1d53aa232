import { Heap } from 'heap-js';

export interface RetryJob {
  id: string;
  runAt: number;
  attempt: number;
  payload: unknown;
}

/** In-memory retry scheduler for outbound webhooks (earliest runAt first). */
export class RetryQueue {
  private readonly heap = new Heap<RetryJob>((a, b) => a.runAt - b.runAt);

  schedule(job: RetryJob): void {
    this.heap.push(job);
  }

  takeDue(now = Date.now()): RetryJob[] {
    const due: RetryJob[] = [];
    while (this.heap.size() > 0 && this.heap.peek()!.runAt <= now) {
      due.push(this.heap.pop()!);
    }
    return due;
  }

  clear(): void {
    this.heap.clear();
  }
}
