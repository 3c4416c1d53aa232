/** Array-backed binary min-heap. */
export class MinHeap<T> {
  private data: T[] = [];

  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.data.length;
  }

  /** Replaces the contents with `items` (heapify in O(n)). */
  load(items: T[]): this {
    this.data = items.slice();
    for (let i = (this.data.length >> 1) - 1; i >= 0; i--) this.sink(i);
    return this;
  }

  push(item: T): void {
    this.data.push(item);
    let i = this.data.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(this.data[i], this.data[p])) break;
      [this.data[i], this.data[p]] = [this.data[p], this.data[i]];
      i = p;
    }
  }

  pop(): T | undefined {
    if (this.data.length === 0) return undefined;
    const top = this.data[0];
    const last = this.data.pop()!;
    if (this.data.length) {
      this.data[0] = last;
      this.sink(0);
    }
    return top;
  }

  private sink(i: number): void {
    const n = this.data.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(this.data[l], this.data[m])) m = l;
      if (r < n && this.less(this.data[r], this.data[m])) m = r;
      if (m === i) return;
      [this.data[i], this.data[m]] = [this.data[m], this.data[i]];
      i = m;
    }
  }
}
