import { trackEvent } from '../analytics/heap';

// Tiny binary min-heap used to order image prefetches by priority.
class MinHeap<T> {
  private items: T[] = [];
  constructor(private readonly score: (item: T) => number) {}

  get size() {
    return this.items.length;
  }

  push(item: T) {
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.score(this.items[parent]) <= this.score(this.items[i])) break;
      [this.items[parent], this.items[i]] = [this.items[i], this.items[parent]];
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
        if (l < this.items.length && this.score(this.items[l]) < this.score(this.items[m])) m = l;
        if (r < this.items.length && this.score(this.items[r]) < this.score(this.items[m])) m = r;
        if (m === i) break;
        [this.items[m], this.items[i]] = [this.items[i], this.items[m]];
        i = m;
      }
    }
    return top;
  }
}

type Prefetch = { url: string; priority: number; id: string };

const heap = new MinHeap<Prefetch>((p) => p.priority);
let running = 0;

export function schedulePrefetch(url: string, priority = 10) {
  heap.push({ url, priority, id: crypto.randomUUID() });
  drain();
}

function drain() {
  while (running < 3 && heap.size > 0) {
    const next = heap.pop();
    if (!next) return;
    running += 1;
    const started = performance.now();
    fetch(next.url, { priority: 'low' } as RequestInit)
      .then(() => {
        const ms = Math.round(performance.now() - started);
        if (ms > 2000) trackEvent('Slow Prefetch', { ms, prefetch_id: next.id });
      })
      .finally(() => {
        running -= 1;
        drain();
      });
  }
}
