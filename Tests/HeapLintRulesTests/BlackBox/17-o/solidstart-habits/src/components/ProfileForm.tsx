import { createSignal, Show } from "solid-js";
import { setTraits, trackEvent } from "../lib/heap/analytics";

type Profile = { id: string; email: string; displayName: string; timezone: string; weekStartsOn: number };

async function saveProfile(patch: Partial<Profile>): Promise<Profile> {
  const res = await fetch("/api/profile", {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(patch),
  });
  if (!res.ok) throw new Error(await res.text());
  return res.json();
}

export default function ProfileForm(props: { initial: Profile }) {
  const [displayName, setDisplayName] = createSignal(props.initial.displayName);
  const [timezone, setTimezone] = createSignal(props.initial.timezone);
  const [weekStartsOn, setWeekStartsOn] = createSignal(props.initial.weekStartsOn);
  const [error, setError] = createSignal<string>();
  const [saving, setSaving] = createSignal(false);

  const onSubmit = async (ev: SubmitEvent) => {
    ev.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const saved = await saveProfile({
        displayName: displayName(),
        timezone: timezone(),
        weekStartsOn: weekStartsOn(),
      });
      window.heap?.identify(saved.id, { email: saved.email, name: saved.displayName }); // expect: identity-type
      setTraits({ display_name: saved.displayName, timezone: saved.timezone, week_starts_on: saved.weekStartsOn });
      trackEvent("Profile Updated");
    } catch (err) {
      setError(String(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={onSubmit} class="profile-form">
      <label>
        Name
        <input value={displayName()} onInput={(e) => setDisplayName(e.currentTarget.value)} required />
      </label>
      <label>
        Time zone
        <input value={timezone()} onInput={(e) => setTimezone(e.currentTarget.value)} />
      </label>
      <label>
        Week starts on
        <select value={weekStartsOn()} onChange={(e) => setWeekStartsOn(Number(e.currentTarget.value))}>
          <option value="1">Monday</option>
          <option value="0">Sunday</option>
        </select>
      </label>
      <Show when={error()}>{(msg) => <p class="error">{msg()}</p>}</Show>
      <button type="submit" disabled={saving()}>Save</button>
    </form>
  );
}
