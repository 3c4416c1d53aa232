import { useFetcher } from "@remix-run/react";
import { useEffect } from "react";
import { identifyUser, resetAnalytics, trackEvent } from "~/lib/analytics.client";

type Account = { userId: string; email: string; label: string };

export function SwitchAccountDialog({ accounts, onClose }: { accounts: Account[]; onClose: () => void }) {
  const fetcher = useFetcher<{ switchedTo?: Account }>();

  useEffect(() => {
    const next = fetcher.data?.switchedTo;
    if (!next) return;
    // a different person's login on the same browser: new Heap user, then identify
    resetAnalytics();
    identifyUser(next.userId);
    trackEvent("Account Switched");
    onClose();
  }, [fetcher.data, onClose]);

  return (
    <dialog open className="rounded-lg p-6">
      <h2>Switch account</h2>
      <fetcher.Form method="post" action="/account/switch">
        {accounts.map((account) => (
          <button key={account.userId} name="userId" value={account.userId}>
            {account.label} ({account.email})
          </button>
        ))}
      </fetcher.Form>
    </dialog>
  );
}
