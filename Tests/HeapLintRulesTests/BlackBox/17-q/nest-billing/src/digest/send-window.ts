import { Heap } from 'heap-js';

export interface Scheduled {
  sendAt: number;
}

/** Keeps scheduled digests ordered by send time (a min-heap from heap-js). */
export class SendWindow<T extends Scheduled = Scheduled> {
  private readonly heap = new Heap<T>((a, b) => a.sendAt - b.sendAt);

  schedule(item: T): void {
    this.heap.push(item);
  }

  takeDue(now: number): T[] {
    const due: T[] = [];
    while (this.heap.length > 0 && (this.heap.peek() as T).sendAt <= now) {
      due.push(this.heap.pop() as T);
    }
    return due;
  }
}

/** Rebuild a window from persisted rows after a restart. */
export function restoreWindow<T extends Scheduled>(rows: T[]): Heap<T> {
  const heap = new Heap<T>((a, b) => a.sendAt - b.sendAt);
  heap.init(rows);
  return heap;
}
