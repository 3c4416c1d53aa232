import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { setUserTraits, trackEvent } from "~/lib/analytics.client";
import { getCheckoutSession } from "~/models/billing.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const sessionId = new URL(request.url).searchParams.get("session_id");
  const checkout = await getCheckoutSession(sessionId!);
  return json({
    order: {
      total: checkout.amountTotal / 100,
      currency: checkout.currency,
      plan: checkout.plan,
      interval: checkout.interval,
    },
  });
}

export default function CheckoutSuccess() {
  const { order } = useLoaderData<typeof loader>();

  useEffect(() => {
    trackEvent("Checkout Completed", {
      total: order.total,
      currency: order.currency,
      plan: order.plan,
    });
    setUserTraits({ plan: order.plan, billing_interval: order.interval });
  }, [order]);

  return (
    <div className="py-16 text-center">
      <h1>You're on {order.plan}!</h1>
      <Link to="/dashboard">Back to your ledgers</Link>
    </div>
  );
}
