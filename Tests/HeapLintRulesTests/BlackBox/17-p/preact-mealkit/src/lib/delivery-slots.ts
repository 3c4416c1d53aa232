export interface DeliverySlot {
  id: string;
  startsAt: number;
  endsAt: number;
  remaining: number;
}

/** Binary min-heap used to pick the earliest delivery windows. */
export class SlotHeap<T> {
  private items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  load(values: T[]): this {
    this.items = values.slice();
    for (let i = (this.items.length >> 1) - 1; i >= 0; i--) this.down(i);
    return this;
  }

  push(value: T): void {
    this.items.push(value);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(this.items[i], this.items[parent])) break;
      [this.items[i], this.items[parent]] = [this.items[parent], this.items[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last !== undefined) {
      this.items[0] = last;
      this.down(0);
    }
    return top;
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < n && this.before(this.items[l], this.items[best])) best = l;
      if (r < n && this.before(this.items[r], this.items[best])) best = r;
      if (best === i) return;
      [this.items[i], this.items[best]] = [this.items[best], this.items[i]];
      i = best;
    }
  }
}

export function earliestSlots(slots: DeliverySlot[], count: number): DeliverySlot[] {
  const heap = new SlotHeap<DeliverySlot>((a, b) => a.startsAt < b.startsAt);
  heap.load(slots.filter((s) => s.remaining > 0));
  const picked: DeliverySlot[] = [];
  while (picked.length < count && heap.size > 0) {
    const next = heap.pop();
    if (next) picked.push(next);
  }
  return picked;
}
