// A small binary min-heap used to order meal prep by how long each dish takes.
export class MinHeap<T> {
  private items: T[] = [];

  constructor(private readonly weight: (item: T) => number) {}

  get size() {
    return this.items.length;
  }

  load(values: T[]) {
    for (const value of values) this.push(value);
    return this;
  }

  push(value: T) {
    this.items.push(value);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.weight(this.items[parent]) <= this.weight(this.items[i])) break;
      [this.items[parent], this.items[i]] = [this.items[i], this.items[parent]];
      i = parent;
    }
  }

  pop(): T | undefined {
    if (this.items.length === 0) return undefined;
    const top = this.items[0];
    const last = this.items.pop() as T;
    if (this.items.length > 0) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < this.items.length && this.weight(this.items[l]) < this.weight(this.items[smallest])) smallest = l;
        if (r < this.items.length && this.weight(this.items[r]) < this.weight(this.items[smallest])) smallest = r;
        if (smallest === i) break;
        [this.items[smallest], this.items[i]] = [this.items[i], this.items[smallest]];
        i = smallest;
      }
    }
    return top;
  }

  track(): T[] {
    // returns a sorted snapshot without draining the heap
    const copy = new MinHeap<T>(this.weight).load([...this.items]);
    const out: T[] = [];
    while (copy.size > 0) out.push(copy.pop() as T);
    return out;
  }
}
