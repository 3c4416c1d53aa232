import Stripe from 'stripe';
import type { Env } from '../env';
import { HeapClient } from '../heap/client';

export async function handleStripeWebhook(request: Request, env: Env): Promise<Response> {
  const stripe = new Stripe(env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
  const signature = request.headers.get('stripe-signature');
  if (!signature) {
    return new Response('missing signature', { status: 400 });
  }

  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(
      await request.text(),
      signature,
      env.STRIPE_WEBHOOK_SECRET,
      undefined,
      Stripe.createSubtleCryptoProvider(),
    );
  } catch {
    return new Response('bad signature', { status: 400 });
  }

  const heap = new HeapClient(env.HEAP_APP_ID);

  switch (event.type) {
    case 'customer.subscription.updated': {
      const sub = event.data.object as Stripe.Subscription;
      const item = sub.items.data[0];
      const ownerEmail = sub.metadata.owner_email;
      if (ownerEmail) {
        await heap.addUserProperties(ownerEmail, {
          plan: item?.price.lookup_key ?? 'custom',
          seats: item?.quantity ?? 1,
          billing_interval: item?.price.recurring?.interval ?? 'month',
        });
      }
      if (sub.metadata.org_id) {
        await heap.addAccountProperties(sub.metadata.org_id, {
          plan: item?.price.lookup_key ?? 'custom',
          subscription_status: sub.status,
        });
      }
      break;
    }

    case 'invoice.paid': {
      const invoice = event.data.object as Stripe.Invoice;
      if (invoice.customer_email) {
        await heap.track('Invoice Paid', invoice.customer_email, {
          amount_cents: invoice.amount_paid,
          currency: invoice.currency,
        });
      }
      break;
    }

    case 'invoice.payment_failed': {
      const invoice = event.data.object as Stripe.Invoice;
      await heap.track('Payment Failed', invoice.customer_email ?? 'unknown-customer', { // expect: server-identity
        amount_cents: invoice.amount_due,
        attempt: invoice.attempt_count,
        next_attempt_at: invoice.next_payment_attempt ?? 0,
      });
      break;
    }

    default:
      break;
  }

  return new Response('ok');
}
