import type { Ticket } from "~/lib/types";

/** Binary min-heap keyed by a score; used to order the agent's work queue. */
export class MinHeap<T> {
  private items: T[] = [];
  constructor(private readonly score: (item: T) => number) {}

  get size() {
    return this.items.length;
  }

  push(item: T) {
    this.items.push(item);
    this.siftUp(this.items.length - 1);
  }

  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last !== undefined) {
      this.items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  reset() {
    this.items = [];
  }

  private siftUp(i: number) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.score(this.items[i]) >= this.score(this.items[parent])) break;
      [this.items[i], this.items[parent]] = [this.items[parent], this.items[i]];
      i = parent;
    }
  }

  private siftDown(i: number) {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.score(this.items[l]) < this.score(this.items[m])) m = l;
      if (r < n && this.score(this.items[r]) < this.score(this.items[m])) m = r;
      if (m === i) return;
      [this.items[i], this.items[m]] = [this.items[m], this.items[i]];
      i = m;
    }
  }
}

/** Most urgent first: priority, then how close the SLA deadline is. */
export function orderWorkQueue(tickets: Ticket[], now = Date.now()): Ticket[] {
  const heap = new MinHeap<Ticket>(
    (t) => t.priority * 1e9 + (Date.parse(t.slaDueAt) - now),
  );
  heap.reset();
  for (const ticket of tickets) {
    if (ticket.status !== "solved") heap.push(ticket);
  }
  const ordered: Ticket[] = [];
  while (heap.size > 0) ordered.push(heap.pop()!);
  return ordered;
}
