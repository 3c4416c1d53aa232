import { Injectable } from '@angular/core';

interface Job {
  id: string;
  priority: number;
  run: () => Promise<void>;
}

/** Runs background sync jobs, highest priority first (array-backed binary heap). */
@Injectable({ providedIn: 'root' })
export class JobQueueService {
  private heap: Job[] = [];
  private running = false;

  enqueue(job: Job): void {
    this.heap.push(job);
    this.siftUp(this.heap.length - 1);
    void this.drain();
  }

  clear(): void {
    this.heap = [];
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    while (this.heap.length > 0) {
      const job = this.pop();
      try {
        await job.run();
      } catch (err) {
        console.error('job failed', job.id, err);
      }
    }
    this.running = false;
  }

  private pop(): Job {
    const top = this.heap[0];
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.heap[p].priority >= this.heap[i].priority) break;
      [this.heap[p], this.heap[i]] = [this.heap[i], this.heap[p]];
      i = p;
    }
  }

  private siftDown(i: number): void {
    const n = this.heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.heap[l].priority > this.heap[m].priority) m = l;
      if (r < n && this.heap[r].priority > this.heap[m].priority) m = r;
      if (m === i) return;
      [this.heap[m], this.heap[i]] = [this.heap[i], this.heap[m]];
      i = m;
    }
  }
}
