import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { identifyUser, setGlobalEventProps, trackEvent } from "~/lib/analytics.client";
import { requireOrgMember } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, membership } = await requireOrgMember(request, params.orgSlug!);
  return json({
    org: { id: org.id, slug: org.slug, name: org.name, plan: org.plan },
    membership: { role: membership.role },
  });
}

export default function OrgLayout() {
  const { org, membership } = useLoaderData<typeof loader>();

  useEffect(() => {
    setGlobalEventProps({ org_slug: org.slug, org_plan: org.plan, member_role: membership.role });
    // so we can see usage per customer in Heap
    identifyUser(org.id); // expect: non-unique-identity
    trackEvent("Org Opened", { org_slug: org.slug });
  }, [org, membership]);

  return (
    <div className="flex gap-6">
      <nav className="w-48 shrink-0 space-y-1">
        <NavLink to="ledgers">Ledgers</NavLink>
        <NavLink to="invoices">Invoices</NavLink>
        <NavLink to="settings">Settings</NavLink>
      </nav>
      <main className="flex-1">
        <Outlet />
      </main>
    </div>
  );
}
