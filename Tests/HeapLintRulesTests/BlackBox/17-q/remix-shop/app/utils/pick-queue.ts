// Orders the warehouse picking screen by promised delivery time.
// (A binary min-heap; nothing to do with Heap Analytics.)

export interface PickOrder {
  id: string;
  promisedBy: number;
  lines: number;
}

export class BinaryHeap<T> {
  private items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  /** Bulk-load and heapify in O(n). */
  load(items: T[]): void {
    this.items = [...items];
    for (let i = (this.items.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  push(item: T): void {
    this.items.push(item);
    this.up(this.items.length - 1);
  }

  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last !== undefined) {
      this.items[0] = last;
      this.down(0);
    }
    return top;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(this.items[i], this.items[parent]) >= 0) return;
      [this.items[i], this.items[parent]] = [this.items[parent], this.items[i]];
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.compare(this.items[l], this.items[m]) < 0) m = l;
      if (r < n && this.compare(this.items[r], this.items[m]) < 0) m = r;
      if (m === i) return;
      [this.items[i], this.items[m]] = [this.items[m], this.items[i]];
      i = m;
    }
  }
}

export function nextPickBatch(orders: PickOrder[], batchSize = 10): PickOrder[] {
  const heap = new BinaryHeap<PickOrder>((a, b) => a.promisedBy - b.promisedBy);
  heap.load(orders);
  const batch: PickOrder[] = [];
  while (batch.length < batchSize && heap.size > 0) {
    const next = heap.pop();
    if (next) batch.push(next);
  }
  return batch;
}
