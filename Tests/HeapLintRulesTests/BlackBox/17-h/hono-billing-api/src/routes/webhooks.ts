import { Hono } from "hono";
import Stripe from "stripe";
import { env } from "../env";
import { findOrg, findUserByStripeCustomer, pool } from "../lib/db";
import { heapServer } from "../lib/heap";
import { analytics } from "../lib/segment";

const stripe = new Stripe(env.STRIPE_SECRET_KEY);

export const webhooks = new Hono();

webhooks.post("/stripe", async (c) => {
  const signature = c.req.header("stripe-signature") ?? "";
  const event = stripe.webhooks.constructEvent(await c.req.text(), signature, env.STRIPE_WEBHOOK_SECRET);

  switch (event.type) {
    case "invoice.paid": {
      const invoice = event.data.object as Stripe.Invoice;
      const owner = await findUserByStripeCustomer(String(invoice.customer));
      if (!owner) break;
      await heapServer.track(owner.id, "Invoice Paid", {
        amount: invoice.amount_paid / 100,
        currency: invoice.currency,
        billing_reason: invoice.billing_reason ?? "unknown",
      });
      analytics.track({ userId: owner.id, event: "Invoice Paid", properties: { amount: invoice.amount_paid } });
      break;
    }

    case "invoice.payment_failed": {
      const invoice = event.data.object as Stripe.Invoice;
      const owner = await findUserByStripeCustomer(String(invoice.customer));
      if (owner) {
        await heapServer.track(owner.id, "Payment Failed", { attempt: invoice.attempt_count });
        await heapServer.addUserProperties(owner.id, { dunning: "active" });
      }
      break;
    }

    case "customer.subscription.deleted": {
      const sub = event.data.object as Stripe.Subscription;
      const { rows } = await pool.query<{ id: string }>(
        "update orgs set plan = 'free', mrr_cents = 0 where stripe_customer_id = $1 returning id",
        [String(sub.customer)],
      );
      const org = rows[0] ? await findOrg(rows[0].id) : null;
      if (org) {
        await heapServer.addAccountProperties(org.id, { plan: "free", mrr: 0 });
        // the owner may already be gone, so record the churn from the webhook itself
        await heapServer.track("stripe-webhook", "Subscription Canceled", { org: org.id, reason: sub.cancellation_details?.reason ?? "none" }); // expect: server-identity
      }
      break;
    }

    default:
      break;
  }

  return c.json({ received: true });
});
