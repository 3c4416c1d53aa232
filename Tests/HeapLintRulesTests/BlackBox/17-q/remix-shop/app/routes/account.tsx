import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";

import { ANON_FALLBACK } from "~/config/analytics";
import { identifyCustomer, resetAnalytics, setCustomerTraits } from "~/lib/heap.client";
import { deleteCustomer, getCustomerForSession } from "~/models/customer.server";

interface AccountCustomer {
  id: string;
  email: string;
  name: string;
  createdAt: string;
  marketingOptIn: boolean;
  orderCount: number;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const customer = await getCustomerForSession(request);
  return json({ customer });
}

export async function action({ request }: ActionFunctionArgs) {
  await deleteCustomer(request);
  return redirect("/goodbye");
}

export default function Account() {
  const data = useLoaderData<typeof loader>();
  const customer: AccountCustomer | null = data.customer;
  const deletion = useFetcher();

  useEffect(() => {
    identifyCustomer(customer?.id ?? ANON_FALLBACK); // expect: blocklisted-identity
    if (!customer) return;
    setCustomerTraits({
      email: customer.email,
      orderCount: customer.orderCount,
      signedUpAt: new Date(customer.createdAt), // expect: user-property-value
      marketingOptIn: customer.marketingOptIn, // expect: user-property-value
    });
  }, [customer]);

  function onDeleteAccount() {
    resetAnalytics();
  }

  if (!customer) {
    return <p className="p-6">Your session has expired. Please sign in again.</p>;
  }

  return (
    <main className="p-6">
      <h1 className="text-2xl">Hi {customer.name}</h1>
      <p>You have placed {customer.orderCount} orders since {customer.createdAt.slice(0, 4)}.</p>
      <deletion.Form method="post" onSubmit={onDeleteAccount}>
        <button type="submit" className="text-red-600">Delete my account</button>
      </deletion.Form>
    </main>
  );
}
