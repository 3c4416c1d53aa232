export interface Toast {
  id: string;
  message: string;
  priority: number; // lower shows first
  createdAt: number;
}

/** Binary heap of pending toasts: errors jump ahead of "saved" confirmations. */
export class ToastQueue {
  private items: Toast[] = [];

  get length(): number {
    return this.items.length;
  }

  push(toast: Toast): void {
    const heap = this.items;
    heap.push(toast);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.before(heap[p], heap[i])) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  }

  shift(): Toast | undefined {
    const heap = this.items;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.before(heap[l], heap[m])) m = l;
        if (r < heap.length && this.before(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  }

  private before(a: Toast, b: Toast): boolean {
    return a.priority < b.priority || (a.priority === b.priority && a.createdAt <= b.createdAt);
  }
}
