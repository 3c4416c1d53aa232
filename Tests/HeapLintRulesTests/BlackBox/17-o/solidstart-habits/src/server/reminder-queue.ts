export type DueReminder = {
  id: string;
  habitId: string;
  habitName: string;
  userEmail: string;
  dueAt: number;
  channel: "email" | "push";
};

/** Binary min-heap keyed by a comparator; used to send the most overdue reminders first. */
export class BinaryHeap<T> {
  private items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size() {
    return this.items.length;
  }

  load(values: T[]) {
    for (const v of values) this.push(v);
    return this;
  }

  push(value: T) {
    this.items.push(value);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(this.items[i], this.items[parent]) >= 0) break;
      [this.items[i], this.items[parent]] = [this.items[parent], this.items[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last !== undefined) {
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
}
