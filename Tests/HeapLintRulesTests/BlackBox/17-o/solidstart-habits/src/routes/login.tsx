import { useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { loginWithPassword } from "../lib/session";
import { identifyUser, setTraits, trackEvent } from "../lib/heap/analytics";

export default function Login() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const onSubmit = async (ev: SubmitEvent) => {
    ev.preventDefault();
    const data = new FormData(ev.currentTarget as HTMLFormElement);
    const email = (data.get("email") as string).trim().toLowerCase();
    const password = data.get("password") as string;

    setBusy(true);
    // tie the attempt to the person even if the request fails
    identifyUser(email);
    const res = await loginWithPassword(email, password);
    setBusy(false);

    if (!res.ok) {
      setError(res.error);
      trackEvent("Login Failed");
      return;
    }

    identifyUser(res.user.id); // expect: conflicting-identities
    setTraits({ plan: res.user.plan });
    trackEvent("Logged In", { method: "password" });
    navigate(params.next ?? "/", { replace: true });
  };

  return (
    <main class="auth">
      <h1>Welcome back</h1>
      <form onSubmit={onSubmit}>
        <input name="email" type="email" autocomplete="email" required />
        <input name="password" type="password" autocomplete="current-password" required />
        <Show when={error()}>{(msg) => <p class="error">{msg()}</p>}</Show>
        <button type="submit" disabled={busy()}>Sign in</button>
      </form>
      <p>
        New here? <a href="/signup">Create an account</a> or <a href="/demo">try the demo</a>.
      </p>
    </main>
  );
}
