import { MinHeap } from './priorityQueue';

export interface ScoredProduct {
  sku: string;
  score: number;
}

// Keep the top N products by score using a bounded min-heap.
export function topProducts(candidates: ScoredProduct[], limit = 8): ScoredProduct[] {
  const heap = new MinHeap<ScoredProduct>((a, b) => a.score - b.score);
  for (const product of candidates) {
    heap.push(product);
    if (heap.size > limit) heap.pop();
  }
  const result: ScoredProduct[] = [];
  while (heap.peek()) result.unshift(heap.pop()!);
  return result;
}
