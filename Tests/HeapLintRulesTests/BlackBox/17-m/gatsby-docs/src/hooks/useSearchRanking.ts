import { useCallback, useState } from 'react';
import { trackEvent } from '../analytics/heap';
import { EVENTS } from '../analytics/events';

interface Hit {
  slug: string;
  title: string;
  score: number;
}

class MinHeap<T> {
  private items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(this.items[i], this.items[parent])) break;
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
        if (l < this.items.length && this.less(this.items[l], this.items[m])) m = l;
        if (r < this.items.length && this.less(this.items[r], this.items[m])) m = r;
        if (m === i) break;
        [this.items[i], this.items[m]] = [this.items[m], this.items[i]];
        i = m;
      }
    }
    return top;
  }
}

function topHits(hits: Hit[], limit: number): Hit[] {
  // keep the best `limit` hits: the heap's root is the weakest one kept
  const heap = new MinHeap<Hit>((a, b) => a.score < b.score);
  for (const hit of hits) {
    heap.push(hit);
    if (heap.size > limit) heap.pop();
  }
  const out: Hit[] = [];
  while (heap.size) out.unshift(heap.pop() as Hit);
  return out;
}

export function useSearchRanking(endpoint: string) {
  const [results, setResults] = useState<Hit[]>([]);

  const search = useCallback(
    async (query: string) => {
      const requestId = crypto.randomUUID();
      const res = await fetch(`${endpoint}?q=${encodeURIComponent(query)}`, {
        headers: { 'x-request-id': requestId },
      });
      const { hits = [] } = (await res.json()) as { hits?: Hit[] };
      const ranked = topHits(hits, 8);
      setResults(ranked);
      trackEvent(EVENTS.SEARCH, { query, results: ranked.length, request_id: requestId });
    },
    [endpoint],
  );

  return { results, search };
}
