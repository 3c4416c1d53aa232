import { MinHeap } from './MinHeap';

export interface Task {
  id: string;
  priority: number;
  run(): Promise<void>;
}

export class TaskQueue {
  private heap = new MinHeap<Task>((a, b) => a.priority - b.priority);

  constructor(initial: Task[] = []) {
    this.heap.load(initial);
  }

  add(task: Task): void {
    this.heap.push(task);
  }

  async drain(): Promise<void> {
    while (this.heap.size > 0) {
      const task = this.heap.pop()!;
      await task.run();
    }
  }
}
