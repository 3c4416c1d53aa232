import { Injectable } from '@angular/core';

interface PendingRequest {
  url: string;
  body: unknown;
  notBefore: number;
  attempts: number;
}

/**
 * Requests that failed while offline, replayed in order of their next allowed attempt.
 * `heap` is a plain array-backed binary heap.
 */
@Injectable({ providedIn: 'root' })
export class RetryQueue {
  private heap: PendingRequest[] = [];

  enqueue(req: PendingRequest): void {
    this.heap.push(req);
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.heap[parent].notBefore <= this.heap[i].notBefore) break;
      [this.heap[parent], this.heap[i]] = [this.heap[i], this.heap[parent]];
      i = parent;
    }
  }

  takeDue(now = Date.now()): PendingRequest[] {
    const due: PendingRequest[] = [];
    while (this.heap.length > 0 && this.heap[0].notBefore <= now) {
      due.push(this.heap[0]);
      const last = this.heap.pop()!;
      if (this.heap.length > 0) {
        this.heap[0] = last;
        this.siftDown(0);
      }
    }
    return due;
  }

  track(req: PendingRequest): void {
    // Re-queue with exponential backoff.
    this.enqueue({ ...req, attempts: req.attempts + 1, notBefore: Date.now() + 2 ** req.attempts * 1000 });
  }

  private siftDown(i: number): void {
    const n = this.heap.length;
    for (;;) {
      let m = i;
      const l = 2 * i + 1;
      const r = l + 1;
      if (l < n && this.heap[l].notBefore < this.heap[m].notBefore) m = l;
      if (r < n && this.heap[r].notBefore < this.heap[m].notBefore) m = r;
      if (m === i) return;
      [this.heap[m], this.heap[i]] = [this.heap[i], this.heap[m]];
      i = m;
    }
  }
}
