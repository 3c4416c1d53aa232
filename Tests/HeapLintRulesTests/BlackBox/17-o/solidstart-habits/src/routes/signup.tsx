import { useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { createAccount } from "../lib/session";
import { identifyUser, setTraits, trackEvent } from "../lib/heap/analytics";

export default function Signup() {
  const navigate = useNavigate();
  const [email, setEmail] = createSignal("");
  const [name, setName] = createSignal("");
  const [error, setError] = createSignal<string>();
  const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const onSubmit = async (ev: SubmitEvent) => {
    ev.preventDefault();
    try {
      const created = await createAccount({ email: email(), name: name(), timezone });
      identifyUser(created.id);
      setTraits({ plan: created.plan, timezone, signup_source: document.referrer ? "referral" : "direct" });
      trackEvent("Signed Up", { plan: created.plan });
      navigate("/habits/new");
    } catch (err) {
      setError("We could not create your account. Is that email already registered?");
    }
  };

  return (
    <main class="auth">
      <h1>Start building habits</h1>
      <form onSubmit={onSubmit}>
        <label>
          Email
          <input type="email" value={email()} onInput={(e) => setEmail(e.currentTarget.value)} required />
        </label>
        <label>
          Name
          <input value={name()} onInput={(e) => setName(e.currentTarget.value)} required />
        </label>
        <Show when={error()}>{(msg) => <p class="error">{msg()}</p>}</Show>
        <button type="submit">Create account</button>
      </form>
    </main>
  );
}
