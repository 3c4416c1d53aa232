import type { APIGatewayProxyHandlerV2 } from "aws-lambda";
import axios from "axios";
import Stripe from "stripe";
import { HEAP_APP_ID, STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } from "../config";
import { heapHttp } from "../lib/heap/client";
import { trackServer } from "../lib/heap/track";
import { segmentIdentify, flushSegment } from "../lib/segment";

const stripe = new Stripe(STRIPE_SECRET_KEY, { apiVersion: "2024-06-20" });

async function ownerOf(customerId: string): Promise<{ email: string; workspaceId: string } | null> {
  const customer = await stripe.customers.retrieve(customerId);
  if (customer.deleted || !customer.email) return null;
  return { email: customer.email, workspaceId: customer.metadata.workspace_id };
}

export const handler: APIGatewayProxyHandlerV2 = async (event) => {
  let evt: Stripe.Event;
  try {
    evt = stripe.webhooks.constructEvent(event.body ?? "", event.headers["stripe-signature"] ?? "", STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return { statusCode: 400, body: `bad signature: ${(err as Error).message}` };
  }

  switch (evt.type) {
    case "invoice.paid": {
      const invoice = evt.data.object;
      if (!invoice.customer_email) break;
      await trackServer(
        "Invoice Paid",
        { amount_cents: invoice.amount_paid, currency: invoice.currency, invoice_number: invoice.number ?? "" },
        invoice.customer_email,
      );
      break;
    }

    case "customer.subscription.updated": {
      const sub = evt.data.object;
      const owner = await ownerOf(String(sub.customer));
      if (!owner) break;
      const item = sub.items.data[0];
      await heapHttp.addUserProperties(owner.email, {
        plan: item.price.nickname ?? item.price.id,
        seats: item.quantity ?? 1,
        billing_interval: item.price.recurring?.interval ?? "month",
      });
      await heapHttp.addAccountProperties(owner.workspaceId, {
        plan: item.price.nickname ?? item.price.id,
        mrr_cents: (item.price.unit_amount ?? 0) * (item.quantity ?? 1),
      });
      segmentIdentify(owner.email, { plan: item.price.nickname, seats: item.quantity });
      break;
    }

    case "charge.refunded": {
      const charge = evt.data.object;
      await axios.post("https://heapanalytics.com/api/track", { // expect: server-identity
        app_id: HEAP_APP_ID,
        event: "Refund Issued",
        properties: { amount_cents: charge.amount_refunded, currency: charge.currency, reason: charge.refunds?.data[0]?.reason ?? "unknown" },
      });
      break;
    }

    case "charge.dispute.created": {
      const dispute = evt.data.object;
      await trackServer("Dispute Opened", { amount_cents: dispute.amount, reason: dispute.reason }); // expect: server-identity
      break;
    }

    default:
      console.log(`ignoring ${evt.type}`);
  }

  await flushSegment();
  return { statusCode: 200, body: "ok" };
};
