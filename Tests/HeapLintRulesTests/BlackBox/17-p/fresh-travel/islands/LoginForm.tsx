import { useSignal } from "@preact/signals";
import { identifyTraveler, trackClient } from "../utils/heap_client.ts";

interface LoginResponse {
  user: { id: string; email: string; firstName: string };
}

export default function LoginForm({ next }: { next: string }) {
  const email = useSignal("");
  const password = useSignal("");
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);

  async function onSubmit(e: Event) {
    e.preventDefault();
    busy.value = true;
    error.value = null;
    const res = await fetch("/api/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: email.value, password: password.value }),
    });
    busy.value = false;
    if (!res.ok) {
      error.value = res.status === 429 ? "Too many attempts, wait a minute." : "Wrong email or password.";
      trackClient("Login Failed", { status: res.status });
      return;
    }
    const { user } = (await res.json()) as LoginResponse;
    identifyTraveler(user.id);
    trackClient("Logged In", { method: "password" });
    location.assign(next || "/trips");
  }

  return (
    <form onSubmit={onSubmit} class="login">
      <input type="email" required autoComplete="email" value={email} onInput={(e) => (email.value = e.currentTarget.value)} />
      <input type="password" required autoComplete="current-password" value={password} onInput={(e) => (password.value = e.currentTarget.value)} />
      <button disabled={busy.value}>Sign in</button>
      {error.value && <p role="alert">{error.value}</p>}
    </form>
  );
}
