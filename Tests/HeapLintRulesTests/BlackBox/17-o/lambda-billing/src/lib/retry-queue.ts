/**
 * Min-heap of work items ordered by `runAt`; used by the payout reconciler to retry Stripe
 * calls that were rate limited, earliest first.
 */
export class MinHeap<T extends { runAt: number }> {
  private readonly heap: T[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(item: T): void {
    this.heap.push(item);
    this.heap.sort((a, b) => a.runAt - b.runAt);
  }

  peek(): T | undefined {
    return this.heap[0];
  }

  pop(): T | undefined {
    return this.heap.shift();
  }
}
