import { Heap } from 'heap-js';

interface Task {
  id: string;
  priority: number;
  owner: string;
}

const heap = new Heap<Task>((a, b) => b.priority - a.priority);

export function loadTasks(tasks: Task[]): void {
  heap.init(tasks);
}

export function push(task: Task): void {
  heap.push(task);
}

export function identify(taskId: string): Task | undefined {
  return heap.toArray().find((t) => t.id === taskId);
}

export function next(): Task | undefined {
  return heap.pop();
}
