/** A small binary min-heap used to schedule webhook retries by due time. */
export class MinHeap<T> {
  private items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size() {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T) {
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(this.items[i], this.items[parent]) >= 0) break;
      [this.items[i], this.items[parent]] = [this.items[parent], this.items[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length && last !== undefined) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.compare(this.items[l], this.items[m]) < 0) m = l;
        if (r < this.items.length && this.compare(this.items[r], this.items[m]) < 0) m = r;
        if (m === i) break;
        [this.items[i], this.items[m]] = [this.items[m], this.items[i]];
        i = m;
      }
    }
    return top;
  }

  reset() {
    this.items = [];
  }
}

export type RetryJob = { webhookId: string; attempt: number; runAt: number };

export function takeDueJobs(jobs: RetryJob[], now = Date.now()): RetryJob[] {
  const heap = new MinHeap<RetryJob>((a, b) => a.runAt - b.runAt);
  for (const job of jobs) heap.push(job);
  const due: RetryJob[] = [];
  while (heap.size && heap.peek()!.runAt <= now) {
    due.push(heap.pop()!);
  }
  heap.reset();
  return due;
}
