// Binary min-heap used to order toast notifications and retry jobs by due time.
export class MinHeap {
  constructor(compare) {
    this.items = [];
    this.compare = compare;
  }

  get size() {
    return this.items.length;
  }

  push(item) {
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(this.items[i], this.items[parent]) >= 0) break;
      [this.items[i], this.items[parent]] = [this.items[parent], this.items[i]];
      i = parent;
    }
  }

  peek() {
    return this.items[0];
  }

  pop() {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0) {
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

const heap = new MinHeap((a, b) => a.runAt - b.runAt);

export function schedule(job, delayMs = 0) {
  heap.push({ ...job, runAt: Date.now() + delayMs });
}

export function flushDue(now = Date.now()) {
  while (heap.size > 0 && heap.peek().runAt <= now) {
    heap.pop().run();
  }
}

export function clearScheduled() {
  heap.reset();
}
