import { createAsync, useAction } from "@solidjs/router";
import { createEffect, createSignal, Show } from "solid-js";
import { getUser, logout } from "../lib/session";
import { forgetUser, identifyUser, setTraits } from "../lib/heap/analytics";

interface MenuUser {
  id: string;
  email: string;
  displayName: string;
  timezone: string;
  habitCount: number;
  remindersEnabled: boolean;
  plan: "free" | "plus";
}

export default function AccountMenu() {
  const user = createAsync(() => getUser());
  const signOut = useAction(logout);
  const [open, setOpen] = createSignal(false);

  function syncHeap(u: MenuUser) {
    identifyUser(u.id);
    setTraits({
      display_name: u.displayName,
      timezone: u.timezone,
      habit_count: u.habitCount,
      plan: u.plan,
      reminders_enabled: u.remindersEnabled, // expect: user-property-value
    });
  }

  createEffect(() => {
    const u = user();
    if (u) syncHeap(u);
  });

  const onSignOut = async () => {
    forgetUser();
    await signOut();
  };

  return (
    <Show when={user()} fallback={<a href="/login">Sign in</a>}>
      {(u) => (
        <div class="account-menu">
          <button type="button" onClick={() => setOpen(!open())}>
            {u().displayName}
          </button>
          <Show when={open()}>
            <ul class="dropdown">
              <li><a href="/settings/profile">Profile</a></li>
              <li><a href="/settings/reminders">Reminders</a></li>
              <li><button type="button" onClick={onSignOut}>Sign out</button></li>
            </ul>
          </Show>
        </div>
      )}
    </Show>
  );
}
