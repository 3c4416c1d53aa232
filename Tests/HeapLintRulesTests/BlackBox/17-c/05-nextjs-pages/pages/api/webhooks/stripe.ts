import type { NextApiRequest, NextApiResponse } from 'next';
import Stripe from 'stripe';
import { randomUUID } from 'crypto';
import { buffer } from 'micro';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2023-10-16' });
const APP_ID = process.env.HEAP_APP_ID as string;

export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const signature = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(await buffer(req), signature, process.env.STRIPE_WEBHOOK_SECRET as string);
  const deliveryId = randomUUID();

  await fetch('https://heapanalytics.com/api/track', { // expect: server-identity
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: APP_ID,
      event: 'Stripe Webhook Received',
      properties: { type: event.type, delivery_id: deliveryId },
    }),
  });

  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    const customer = (await stripe.customers.retrieve(sub.customer as string)) as Stripe.Customer;
    await fetch('https://heapanalytics.com/api/add_user_properties', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        app_id: APP_ID,
        identity: customer.email,
        properties: {
          plan: sub.items.data[0]?.price.lookup_key ?? 'unknown',
          seats: sub.items.data[0]?.quantity ?? 1,
        },
      }),
    });
  }

  if (event.type === 'invoice.payment_failed') {
    const invoice = event.data.object as Stripe.Invoice;
    await fetch('https://heapanalytics.com/api/track', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        app_id: APP_ID,
        identity: 'billing-system', // expect: server-identity
        event: 'Payment Failed',
        properties: { invoice_id: invoice.id, amount_due: invoice.amount_due },
      }),
    });
  }

  res.status(200).json({ received: true });
}
