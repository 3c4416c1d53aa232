import { createAsync, query, useParams } from "@solidjs/router";
import { createSignal, For, onMount, Show } from "solid-js";
import { setTraits, StreakTelemetry, trackEvent } from "../../lib/heap/analytics";

interface Habit {
  id: string;
  name: string;
  cadence: "daily" | "weekly";
  streak: number;
  tags: string[];
  checkIns: { id: string; at: string }[];
}

const MILESTONES = [7, 30, 100, 365];

const getHabit = query(async (id: string) => {
  "use server";
  const res = await fetch(`${process.env.API_URL}/habits/${id}`, {
    headers: { authorization: `Bearer ${process.env.API_TOKEN}` },
  });
  if (!res.ok) throw new Error("not found");
  return (await res.json()) as Habit;
}, "habit");

export default function HabitPage() {
  const params = useParams();
  const habit = createAsync(() => getHabit(params.id));
  const [pending, setPending] = createSignal<{ id: string; at: string }[]>([]);
  let telemetry: StreakTelemetry | undefined;

  onMount(() => {
    telemetry = new StreakTelemetry();
  });

  function rememberFocus(h: Habit) {
    setTraits({
      focus_habit: h.name,
      focus_cadence: h.cadence,
      focus_tags: h.tags, // expect: user-property-value
    });
  }

  const checkIn = async (h: Habit) => {
    // optimistic row; the id doubles as the idempotency key for the API
    const optimistic = { id: crypto.randomUUID(), at: new Date().toISOString() };
    setPending((p) => [...p, optimistic]);

    const res = await fetch(`/api/habits/${h.id}/check-ins`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": optimistic.id },
      body: JSON.stringify({ at: optimistic.at }),
    });
    setPending((p) => p.filter((c) => c.id !== optimistic.id));
    if (!res.ok) return;

    const { streak, previousStreak } = (await res.json()) as { streak: number; previousStreak: number };
    trackEvent("Habit Checked In", { habit_id: h.id, streak, client_event_id: optimistic.id });
    if (MILESTONES.includes(streak)) telemetry?.milestone(h.id, streak);
    if (streak === 1 && previousStreak > 2) telemetry?.broken(h.id, previousStreak);
  };

  return (
    <Show when={habit()}>
      {(h) => (
        <main class="habit">
          <h1>{h().name}</h1>
          <p>{h().streak} day streak</p>
          <button type="button" onClick={() => checkIn(h())}>Done today</button>
          <button type="button" class="link" onClick={() => rememberFocus(h())}>
            Make this my focus habit
          </button>
          <ul class="history">
            <For each={[...pending(), ...h().checkIns]}>{(c) => <li>{new Date(c.at).toLocaleDateString()}</li>}</For>
          </ul>
        </main>
      )}
    </Show>
  );
}
