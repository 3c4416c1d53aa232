/** Binary min-heap keyed by a number. */
export class MinHeap<T> {
  private heap: Array<{ key: number; value: T }> = [];

  get size(): number {
    return this.heap.length;
  }

  peek(): { key: number; value: T } | undefined {
    return this.heap[0];
  }

  push(key: number, value: T): void {
    this.heap.push({ key, value });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.heap[parent].key <= this.heap[i].key) break;
      [this.heap[parent], this.heap[i]] = [this.heap[i], this.heap[parent]];
      i = parent;
    }
  }

  pop(): { key: number; value: T } | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (this.heap.length > 0 && last) {
      this.heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.heap.length && this.heap[l].key < this.heap[m].key) m = l;
        if (r < this.heap.length && this.heap[r].key < this.heap[m].key) m = r;
        if (m === i) break;
        [this.heap[m], this.heap[i]] = [this.heap[i], this.heap[m]];
        i = m;
      }
    }
    return top;
  }
}
