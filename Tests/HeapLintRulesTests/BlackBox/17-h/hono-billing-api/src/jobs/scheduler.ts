/** Tiny in-process scheduler: a binary heap of jobs ordered by their next run time. */
export interface ScheduledJob {
  name: string;
  nextRunAt: number;
  intervalMs: number;
  run: () => Promise<void>;
}

export class BinaryHeap<T> {
  private readonly nodes: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get length(): number {
    return this.nodes.length;
  }

  peek(): T | undefined {
    return this.nodes[0];
  }

  push(node: T): void {
    this.nodes.push(node);
    let i = this.nodes.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(this.nodes[i], this.nodes[p])) break;
      [this.nodes[i], this.nodes[p]] = [this.nodes[p], this.nodes[i]];
      i = p;
    }
  }

  pop(): T | undefined {
    const top = this.nodes[0];
    const last = this.nodes.pop();
    if (this.nodes.length && last !== undefined) {
      this.nodes[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.nodes.length && this.before(this.nodes[l], this.nodes[m])) m = l;
        if (r < this.nodes.length && this.before(this.nodes[r], this.nodes[m])) m = r;
        if (m === i) break;
        [this.nodes[i], this.nodes[m]] = [this.nodes[m], this.nodes[i]];
        i = m;
      }
    }
    return top;
  }
}

export function startScheduler(jobs: ScheduledJob[]): () => void {
  const heap = new BinaryHeap<ScheduledJob>((a, b) => a.nextRunAt < b.nextRunAt);
  for (const job of jobs) heap.push(job);

  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    const now = Date.now();
    while (heap.length && heap.peek()!.nextRunAt <= now) {
      const job = heap.pop()!;
      try {
        await job.run();
      } catch (err) {
        console.error(`[scheduler] ${job.name} failed`, err);
      }
      heap.push({ ...job, nextRunAt: now + job.intervalMs });
    }
    timer = setTimeout(tick, Math.max(1_000, (heap.peek()?.nextRunAt ?? now + 60_000) - Date.now()));
  };
  void tick();
  return () => clearTimeout(timer);
}
