import { createAsync } from "@solidjs/router";
import { onMount, Show } from "solid-js";
import { getUser } from "../lib/session";
import { clearCookie, readCookie } from "../lib/cookies";
import { identifyUser, trackEvent } from "../lib/heap/analytics";

// Landing page of the magic-link email. The link handler sets the session and an `hl_user_id`
// cookie, then redirects here.
export default function Welcome() {
  const user = createAsync(() => getUser());

  onMount(() => {
    identifyUser(readCookie("hl_user_id")); // expect: blocklisted-identity
    trackEvent("Magic Link Opened");
    clearCookie("hl_user_id");
  });

  return (
    <main class="welcome">
      <Show when={user()} fallback={<p>Signing you in…</p>}>
        {(u) => (
          <>
            <h1>Welcome, {u().displayName}!</h1>
            <a href="/" class="button">Go to my habits</a>
          </>
        )}
      </Show>
    </main>
  );
}
