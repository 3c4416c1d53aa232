import { trackDocs } from './analytics';

declare function aa(method: string, ...args: unknown[]): void;

export interface SearchHit {
  url: string;
  title: string;
  score: number;
}

/** Max-heap on score, so the top k of a long client-side result list is cheap. */
class MaxHeap<T> {
  private data: T[] = [];
  constructor(private readonly score: (item: T) => number) {}

  push(item: T): void {
    this.data.push(item);
    let i = this.data.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.score(this.data[p]) >= this.score(this.data[i])) break;
      [this.data[p], this.data[i]] = [this.data[i], this.data[p]];
      i = p;
    }
  }

  pop(): T | undefined {
    if (this.data.length === 0) return undefined;
    const top = this.data[0];
    const last = this.data.pop()!;
    if (this.data.length) {
      this.data[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.data.length && this.score(this.data[l]) > this.score(this.data[m])) m = l;
        if (r < this.data.length && this.score(this.data[r]) > this.score(this.data[m])) m = r;
        if (m === i) break;
        [this.data[m], this.data[i]] = [this.data[i], this.data[m]];
        i = m;
      }
    }
    return top;
  }
}

export function topHits(hits: SearchHit[], k: number): SearchHit[] {
  const heap = new MaxHeap<SearchHit>((h) => h.score);
  hits.forEach((h) => heap.push(h));
  const out: SearchHit[] = [];
  for (let hit = heap.pop(); hit && out.length < k; hit = heap.pop()) out.push(hit);
  return out;
}

// Algolia Insights wants a per-browser token for click analytics.
const INSIGHTS_KEY = 'docs_insights_token';
let insightsToken = localStorage.getItem(INSIGHTS_KEY);
if (!insightsToken) {
  insightsToken = crypto.randomUUID();
  localStorage.setItem(INSIGHTS_KEY, insightsToken);
}
aa('setUserToken', insightsToken);

export function reportSearch(query: string, hits: SearchHit[]): void {
  trackDocs('Docs Search', { query_length: query.length, results: hits.length });
}

export function reportClick(query: string, hit: SearchHit, position: number): void {
  aa('clickedObjectIDsAfterSearch', { index: 'docs', objectIDs: [hit.url], positions: [position] });
  trackDocs('Search Result Clicked', { position, url: hit.url });
}
