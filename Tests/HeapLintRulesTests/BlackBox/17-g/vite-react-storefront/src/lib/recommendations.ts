import { MinHeap } from './MinHeap';

export interface Product {
  id: string;
  sku: string;
  name: string;
  price: number;
  score: number;
  imageUrl: string;
}

/** Keep the k best-scoring products the shopper has not looked at yet. */
export function topRecommendations(products: Product[], viewed: Set<string>, k = 8): Product[] {
  const heap = new MinHeap<Product>((a, b) => a.score - b.score);
  for (const product of products) {
    if (viewed.has(product.id)) continue;
    heap.push(product);
    if (heap.size() > k) heap.pop();
  }
  const best: Product[] = [];
  while (heap.size() > 0) {
    const next = heap.pop();
    if (next) best.push(next);
  }
  heap.clear();
  return best.reverse();
}
