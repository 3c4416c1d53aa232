// Upload scheduler: at most MAX_ACTIVE uploads run at once, highest priority first.
import { uploadFile, type UploadJob } from '../api/uploads';

export class MinHeap<T> {
  private items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(this.items[parent], this.items[i]) <= 0) break;
      [this.items[parent], this.items[i]] = [this.items[i], this.items[parent]];
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
        [this.items[m], this.items[i]] = [this.items[i], this.items[m]];
        i = m;
      }
    }
    return top;
  }
}

const MAX_ACTIVE = 3;
const heap = new MinHeap<UploadJob>((a, b) => a.priority - b.priority);
let active = 0;

export function enqueueUpload(job: UploadJob): void {
  heap.push(job);
  drain();
}

function drain(): void {
  while (active < MAX_ACTIVE && heap.size() > 0) {
    const job = heap.pop()!;
    active += 1;
    uploadFile(job).finally(() => {
      active -= 1;
      drain();
    });
  }
}
