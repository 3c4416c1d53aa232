import { useState } from "react";
import { useFetcher } from "react-router";
import { logoutAnalytics, trackEvent } from "~/lib/analytics.client";
import type { SessionAgent } from "~/lib/types";

export function UserMenu({ agent }: { agent: SessionAgent }) {
  const [open, setOpen] = useState(false);
  const fetcher = useFetcher();

  const signOut = () => {
    trackEvent("Signed Out");
    logoutAnalytics();
    fetcher.submit(null, { method: "post", action: "/logout" });
  };

  return (
    <div className="relative">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => {
          setOpen((v) => !v);
          window.heap?.track("User Menu Toggled", { open: open ? "closed" : "opened" });
        }}
      >
        {agent.displayName}
      </button>
      {open ? (
        <ul className="menu">
          <li>
            <a href="/settings/profile">Profile</a>
          </li>
          <li>
            <button type="button" onClick={signOut}>
              Sign out
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
