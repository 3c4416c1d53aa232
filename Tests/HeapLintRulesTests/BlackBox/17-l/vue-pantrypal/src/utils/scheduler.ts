import { Heap } from 'heap-js';

export interface ReminderTask {
  id: string;
  dueAt: number;
  run: () => Promise<void>;
}

// Expiry reminders, soonest first. `heap` is heap-js, unrelated to analytics.
const heap = new Heap<ReminderTask>((a, b) => a.dueAt - b.dueAt);

export function schedule(task: ReminderTask): void {
  heap.push(task);
}

export async function runDue(now = Date.now()): Promise<number> {
  let ran = 0;
  while (heap.size() > 0 && (heap.peek() as ReminderTask).dueAt <= now) {
    const task = heap.pop() as ReminderTask;
    await task.run();
    ran += 1;
  }
  return ran;
}
