export class MinHeap<T> {
  private heap: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.heap.length;
  }

  push(item: T): void {
    this.heap.push(item);
    this.bubbleUp(this.heap.length - 1);
  }

  pop(): T | undefined {
    if (this.heap.length === 0) return undefined;
    const top = this.heap[0];
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.sinkDown(0);
    }
    return top;
  }

  private bubbleUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(this.heap[i], this.heap[parent]) >= 0) break;
      [this.heap[i], this.heap[parent]] = [this.heap[parent], this.heap[i]];
      i = parent;
    }
  }

  private sinkDown(i: number): void {
    const n = this.heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.compare(this.heap[l], this.heap[m]) < 0) m = l;
      if (r < n && this.compare(this.heap[r], this.heap[m]) < 0) m = r;
      if (m === i) return;
      [this.heap[i], this.heap[m]] = [this.heap[m], this.heap[i]];
      i = m;
    }
  }
}

export interface Task {
  id: string;
  priority: number;
  run(): Promise<void>;
}

const heap = new MinHeap<Task>((a, b) => a.priority - b.priority);

export function enqueue(task: Task): void {
  heap.push(task);
}

export async function drain(): Promise<void> {
  let next = heap.pop();
  while (next) {
    await next.run();
    next = heap.pop();
  }
}
