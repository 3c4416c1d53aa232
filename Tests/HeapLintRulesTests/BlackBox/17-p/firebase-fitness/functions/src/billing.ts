import { onRequest } from 'firebase-functions/v2/https';
import { defineSecret } from 'firebase-functions/params';
import axios from 'axios';
import Stripe from 'stripe';
import { HEAP_API, HEAP_APP_ID, REGION } from './config';
import { addUserProps } from './heap';

const stripeKey = defineSecret('STRIPE_KEY');
const webhookSecret = defineSecret('STRIPE_WEBHOOK_SECRET');

export const stripeWebhook = onRequest({ region: REGION, secrets: [stripeKey, webhookSecret] }, async (req, res) => {
  const stripe = new Stripe(stripeKey.value());
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.rawBody, req.get('stripe-signature') ?? '', webhookSecret.value());
  } catch (err) {
    res.status(400).send(`Webhook error: ${(err as Error).message}`);
    return;
  }

  switch (event.type) {
    case 'customer.subscription.updated': {
      const sub = event.data.object as Stripe.Subscription;
      const uid = sub.metadata.firebaseUid;
      if (uid) {
        await addUserProps(uid, {
          plan: sub.items.data[0]?.price.nickname ?? 'coach',
          renews_at: sub.current_period_end,
        });
      }
      break;
    }
    case 'customer.subscription.deleted': {
      const sub = event.data.object as Stripe.Subscription;
      await axios.post(`${HEAP_API}/track`, { // expect: server-identity
        app_id: HEAP_APP_ID,
        event: 'Subscription Cancelled',
        properties: {
          reason: sub.cancellation_details?.reason ?? 'unspecified',
          months_active: Math.round(((sub.ended_at ?? sub.current_period_end) - sub.start_date) / 2629800),
        },
      });
      break;
    }
    default:
      break;
  }
  res.json({ received: true });
});
