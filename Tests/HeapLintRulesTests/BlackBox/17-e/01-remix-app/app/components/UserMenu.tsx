import { Link, useSubmit } from "@remix-run/react";
import posthog from "posthog-js";
import { useState } from "react";
import { trackEvent } from "~/lib/analytics.client";

type Props = { user: { name: string; email: string } };

export function UserMenu({ user }: Props) {
  const [open, setOpen] = useState(false);
  const submit = useSubmit();

  function handleSignOut() {
    trackEvent("Signed Out");
    posthog.reset();
    // clear the Heap identity so the next person on this machine starts fresh
    (window as any).heap?.identify(); // expect: identity-type
    submit(null, { method: "post", action: "/logout" });
  }

  return (
    <div className="relative">
      <button type="button" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
        {user.name}
      </button>
      {open ? (
        <ul className="absolute right-0 mt-2 w-56 rounded bg-white shadow">
          <li className="px-3 py-2 text-sm text-slate-500">{user.email}</li>
          <li>
            <Link to="/settings/profile">Profile</Link>
          </li>
          <li>
            <button type="button" onClick={handleSignOut}>
              Sign out
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
