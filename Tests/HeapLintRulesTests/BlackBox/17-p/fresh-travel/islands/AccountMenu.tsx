import { useSignal } from "@preact/signals";
import { forgetTraveler, trackClient } from "../utils/heap_client.ts";

export default function AccountMenu({ firstName }: { firstName: string }) {
  const open = useSignal(false);

  async function signOut() {
    await fetch("/api/auth/logout", { method: "POST" });
    forgetTraveler();
    location.assign("/");
  }

  async function deleteAccount() {
    if (!confirm("Delete your Wayfarer account and all saved trips?")) return;
    const res = await fetch("/api/account", { method: "DELETE" });
    if (!res.ok) return;
    trackClient("Account Deleted");
    globalThis.heap?.reset(); // expect: unknown-heap-method
    location.assign("/goodbye");
  }

  return (
    <div class="account-menu">
      <button onClick={() => (open.value = !open.value)}>{firstName}</button>
      {open.value && (
        <ul>
          <li><a href="/trips">My trips</a></li>
          <li><button onClick={signOut}>Sign out</button></li>
          <li><button class="danger" onClick={deleteAccount}>Delete account</button></li>
        </ul>
      )}
    </div>
  );
}
