import { useEffect } from "react";
import { useLoaderData } from "react-router";
import type { Route } from "./+types/accounts.$accountId";
import { billingApi } from "~/lib/api.server";
import { identifyAgent, trackEvent } from "~/lib/analytics.client";

interface AccountOverview {
  accountId: string;
  name: string;
  openTickets: number;
  csat: number;
  plan: string;
}

export async function loader({ params }: Route.LoaderArgs) {
  const overview = await billingApi<AccountOverview>(`/accounts/${params.accountId}/overview`);
  return { overview };
}

export default function AccountPage() {
  const { overview } = useLoaderData<typeof loader>();

  useEffect(() => {
    // group everything that happens on the account page under the customer account
    identifyAgent(overview.accountId); // expect: non-unique-identity
    trackEvent("Account Viewed", { plan: overview.plan, open_tickets: overview.openTickets });
  }, [overview.accountId]);

  return (
    <section>
      <h1>{overview.name}</h1>
      <dl>
        <dt>Open tickets</dt>
        <dd>{overview.openTickets}</dd>
        <dt>CSAT</dt>
        <dd>{overview.csat.toFixed(1)}</dd>
      </dl>
    </section>
  );
}
