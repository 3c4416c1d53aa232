import { createAsync, query } from "@solidjs/router";
import { createEffect, For, Show } from "solid-js";
import { trackEvent } from "../lib/heap/analytics";

type HabitRow = { id: string; name: string; streak: number; doneToday: boolean };

const listHabits = query(async () => {
  "use server";
  const res = await fetch(`${process.env.API_URL}/habits`, {
    headers: { authorization: `Bearer ${process.env.API_TOKEN}` },
  });
  return res.ok ? ((await res.json()) as HabitRow[]) : [];
}, "habits");

export default function Dashboard() {
  const habits = createAsync(() => listHabits());

  createEffect(() => {
    const list = habits();
    if (!list) return;
    trackEvent("Dashboard Viewed", {
      habits: list.length,
      done_today: list.filter((h) => h.doneToday).length,
    });
  });

  return (
    <main>
      <h1>Today</h1>
      <Show when={habits()?.length} fallback={<a href="/habits/new">Add your first habit</a>}>
        <ul class="habits">
          <For each={habits()}>
            {(h) => (
              <li classList={{ done: h.doneToday }}>
                <a href={`/habits/${h.id}`}>{h.name}</a> <span>{h.streak}🔥</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </main>
  );
}
