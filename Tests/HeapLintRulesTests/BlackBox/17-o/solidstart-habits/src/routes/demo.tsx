import { createAsync } from "@solidjs/router";
import { For, onMount } from "solid-js";
import * as Sentry from "@sentry/solid";
import { getUser } from "../lib/session";
import { DEMO_USER_ID } from "../lib/config";
import { identifyUser, setTraits, trackEvent } from "../lib/heap/analytics";

const DEMO_HABITS = [
  { id: "d1", name: "Drink water", streak: 12 },
  { id: "d2", name: "Read 20 pages", streak: 4 },
  { id: "d3", name: "Evening walk", streak: 27 },
];

export default function Demo() {
  const user = createAsync(() => getUser());

  onMount(() => {
    Sentry.setUser({ id: DEMO_USER_ID });
    identifyUser(user()?.id ?? DEMO_USER_ID); // expect: hardcoded-identity
    setTraits({ demo_visits: Number(localStorage.getItem("hl_demo_visits") ?? "0") + 1 });
    trackEvent("Demo Opened", { habits: DEMO_HABITS.length });
  });

  return (
    <main class="demo">
      <h1>Try Habitloop</h1>
      <ul>
        <For each={DEMO_HABITS}>
          {(h) => (
            <li>
              {h.name} <span class="streak">{h.streak} days</span>
            </li>
          )}
        </For>
      </ul>
      <a href="/signup" class="button" onClick={() => trackEvent("Demo Signup Clicked")}>
        Create your own
      </a>
    </main>
  );
}
