export interface Reminder {
  id: string;
  fireAt: number;
  title: string;
}

/** Min-heap on fireAt, so the scheduler can pop the next local notification. */
export class MinHeap<T> {
  private data: T[] = [];
  constructor(private readonly key: (item: T) => number) {}

  push(item: T): void {
    this.data.push(item);
    let i = this.data.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.key(this.data[p]) <= this.key(this.data[i])) break;
      [this.data[p], this.data[i]] = [this.data[i], this.data[p]];
      i = p;
    }
  }

  pop(): T | undefined {
    const top = this.data[0];
    const last = this.data.pop();
    if (this.data.length && last !== undefined) {
      this.data[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.data.length && this.key(this.data[l]) < this.key(this.data[m])) m = l;
        if (r < this.data.length && this.key(this.data[r]) < this.key(this.data[m])) m = r;
        if (m === i) break;
        [this.data[m], this.data[i]] = [this.data[i], this.data[m]];
        i = m;
      }
    }
    return top;
  }

  get size(): number {
    return this.data.length;
  }

  reset(): void {
    this.data = [];
  }
}

const heap = new MinHeap<Reminder>((r) => r.fireAt);

export function schedule(reminder: Reminder): void {
  heap.push(reminder);
}

export function due(now = Date.now()): Reminder[] {
  const out: Reminder[] = [];
  while (heap.size) {
    const next = heap.pop()!;
    if (next.fireAt > now) {
      heap.push(next);
      break;
    }
    out.push(next);
  }
  return out;
}

export function clearAll(): void {
  heap.reset();
}
