import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { useEffect } from "react";
import { AppShell } from "~/components/AppShell";
import { identifyUser, setUserTraits, trackEvent } from "~/lib/analytics.client";
import { requireUser } from "~/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      plan: user.organization.plan,
      seats: user.organization.seatCount,
      createdAt: user.createdAt.toISOString(),
    },
  });
}

export default function AppLayout() {
  const { user } = useLoaderData<typeof loader>();
  const location = useLocation();

  useEffect(() => {
    identifyUser(user.id);
    setUserTraits({
      email: user.email,
      plan: user.plan,
      seats: user.seats,
      signed_up_at: user.createdAt,
      is_owner: user.role === "owner", // expect: user-property-value
    });
    // Sales asked for the email as the Heap identity so it matches Salesforce
    identifyUser(user.email); // expect: conflicting-identities
  }, [user]);

  useEffect(() => {
    trackEvent("App Page Viewed", { path: location.pathname });
  }, [location.pathname]);

  return (
    <AppShell user={user}>
      <Outlet />
    </AppShell>
  );
}
