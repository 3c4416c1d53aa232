import { Hono } from 'hono';
import type Stripe from 'stripe';

type Bindings = { HEAP_APP_ID: string; STRIPE_SECRET: string };

const HEAP_TRACK = 'https://heapanalytics.com/api/track';
const headers = { 'Content-Type': 'application/json' };

function refundEventBase(event: Stripe.Event): Record<string, unknown> {
  const charge = event.data.object as Stripe.Charge;
  return {
    identity: charge.billing_details.email,
    timestamp: new Date(event.created * 1000).toISOString(),
    properties: { amount: charge.amount_refunded / 100 },
  };
}

export const webhooks = new Hono<{ Bindings: Bindings }>();

webhooks.post('/stripe', async (c) => {
  const event = (await c.req.json()) as Stripe.Event;
  const appId = c.env.HEAP_APP_ID;

  if (event.type === 'invoice.paid') {
    const invoice = event.data.object as Stripe.Invoice;
    await fetch(HEAP_TRACK, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        app_id: appId,
        identity: invoice.customer_email,
        event: 'Invoice Paid',
        properties: { amount: invoice.amount_paid / 100, currency: invoice.currency },
      }),
    });
  }

  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    const email = sub.metadata.email;
    await fetch(HEAP_TRACK, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        app_id: appId,
        events: [
          { identity: email, event: 'Subscription Updated', properties: { plan: sub.items.data[0].price.nickname } },
          { // expect: server-identity
            event: 'Seat Count Changed',
            timestamp: new Date(sub.current_period_start * 1000).toISOString(),
            properties: { seats: sub.items.data[0].quantity },
          },
          { identity: 'stripe', event: 'Webhook Processed', properties: { type: event.type } }, // expect: server-identity
        ],
      }),
    });

    await fetch('https://heapanalytics.com/api/add_account_properties', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        app_id: appId,
        account_id: sub.customer as string,
        properties: { plan: sub.items.data[0].price.nickname, status: sub.status },
      }),
    });

    await fetch('https://heapanalytics.com/api/add_user_properties', { // expect: server-identity
      method: 'POST',
      headers,
      body: JSON.stringify({
        app_id: appId,
        properties: { billing_status: sub.status },
      }),
    });
  }

  if (event.type === 'charge.refunded') {
    const base = refundEventBase(event);
    await fetch(HEAP_TRACK, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        app_id: appId,
        events: [{ ...base, event: 'Refund Issued' }],
      }),
    });
  }

  return c.json({ received: true });
});
