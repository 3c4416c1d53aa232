/** Array-backed max-heap; `better(a, b)` returns true when a should come out first. */
export class BinaryHeap<T> {
  private items: T[] = [];

  constructor(private readonly better: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.better(this.items[i], this.items[p])) break;
      [this.items[i], this.items[p]] = [this.items[p], this.items[i]];
      i = p;
    }
  }

  pop(): T | undefined {
    if (this.items.length === 0) return undefined;
    const top = this.items[0];
    const last = this.items.pop()!;
    if (this.items.length) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        let best = i;
        for (const c of [2 * i + 1, 2 * i + 2]) {
          if (c < this.items.length && this.better(this.items[c], this.items[best])) best = c;
        }
        if (best === i) break;
        [this.items[i], this.items[best]] = [this.items[best], this.items[i]];
        i = best;
      }
    }
    return top;
  }

  reset(): void {
    this.items = [];
  }
}
