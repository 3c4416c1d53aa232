import { useFetcher } from "react-router";
import { trackEvent } from "~/lib/analytics.client";

interface Props {
  impersonatedEmail: string;
  adminEmail: string;
}

/** Shown to support admins while they are signed in as a customer's agent. */
export function ImpersonationBanner({ impersonatedEmail, adminEmail }: Props) {
  const fetcher = useFetcher();

  function stopImpersonating() {
    trackEvent("Impersonation Ended", { admin: adminEmail });
    // forget the impersonated agent before we go back to the admin session
    window.heap?.identify(); // expect: identity-type
    fetcher.submit(null, { method: "post", action: "/admin/impersonate/stop" });
  }

  return (
    <div role="status" className="bg-amber-100 px-4 py-2 text-sm">
      You are viewing Helpdesk as <strong>{impersonatedEmail}</strong>.{" "}
      <button type="button" onClick={stopImpersonating} className="underline">
        Return to admin
      </button>
    </div>
  );
}
