import { Heap } from '../../lib/priority';
import { getOpenTasks } from '../../lib/tasks';

export default async function FollowUps() {
  const tasks = await getOpenTasks();
  const heap = new Heap<(typeof tasks)[number]>((a, b) => a.dueAt < b.dueAt);
  for (const task of tasks) heap.push(task);

  const nextFive = [];
  while (heap.size && nextFive.length < 5) nextFive.push(heap.pop()!);

  return (
    <section>
      <h2>Next follow-ups</h2>
      <ol>
        {nextFive.map((t) => (
          <li key={t.id}>{t.title}</li>
        ))}
      </ol>
    </section>
  );
}
