import { json, type ActionFunctionArgs } from "@remix-run/node";

import { syncCustomerProperties, trackRefund, trackServerEvent } from "~/lib/heap.server";
import { verifyBillingSignature } from "~/models/billing.server";

interface BillingWebhook {
  type: "subscription.renewed" | "customer.updated" | "invoice.paid" | "charge.refunded";
  plan: string;
  amount: number;
  orderId: string;
  customer: { id: string; email: string };
}

export async function action({ request }: ActionFunctionArgs) {
  const raw = await request.text();
  if (!verifyBillingSignature(raw, request.headers.get("x-billing-signature"))) {
    return json({ ok: false }, { status: 401 });
  }
  const payload = JSON.parse(raw) as BillingWebhook;

  switch (payload.type) {
    case "subscription.renewed":
      await trackServerEvent("Subscription Renewed", { plan: payload.plan, amount: payload.amount }); // expect: server-identity
      break;
    case "customer.updated":
      await syncCustomerProperties(payload.customer.email, { plan: payload.plan });
      break;
    case "invoice.paid":
      await trackServerEvent("Invoice Paid", { amount: payload.amount }, payload.customer.email);
      break;
    case "charge.refunded":
      await trackRefund(payload.orderId, payload.amount);
      break;
  }
  return json({ ok: true });
}
