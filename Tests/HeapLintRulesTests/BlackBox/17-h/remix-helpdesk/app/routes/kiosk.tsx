import { useEffect, useState } from "react";
import { Form, useLoaderData } from "react-router";
import type { Route } from "./+types/kiosk";
import { identifyAgent, trackEvent } from "~/lib/analytics.client";

// Walk-in support desk in the lobby: an unattended tablet where customers
// open tickets without signing in.
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  return { location: url.searchParams.get("location") ?? "hq-lobby" };
}

export default function Kiosk() {
  const { location } = useLoaderData<typeof loader>();
  const [submitted, setSubmitted] = useState(false);

  useEffect(() => {
    identifyAgent("lobby-kiosk"); // expect: hardcoded-identity
    trackEvent("Kiosk Opened", { location });
  }, [location]);

  return (
    <main className="kiosk">
      {submitted ? (
        <p>Thanks! Someone will be with you shortly.</p>
      ) : (
        <Form
          method="post"
          action="/api/tickets"
          onSubmit={() => {
            trackEvent("Kiosk Ticket Submitted", { location });
            setSubmitted(true);
          }}
        >
          <label>
            What do you need help with?
            <textarea name="body" required />
          </label>
          <button type="submit">Open ticket</button>
        </Form>
      )}
    </main>
  );
}
