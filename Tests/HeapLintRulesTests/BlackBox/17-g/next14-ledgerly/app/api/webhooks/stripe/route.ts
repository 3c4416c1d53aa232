import { headers } from 'next/headers';
import Stripe from 'stripe';
import { trackServerEvent } from '@/lib/heap-server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });

export async function POST(req: Request) {
  const signature = headers().get('stripe-signature');
  const payload = await req.text();

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.warn('stripe signature check failed', err);
    return new Response('invalid signature', { status: 400 });
  }

  switch (event.type) {
    case 'invoice.paid': {
      const invoice = event.data.object as Stripe.Invoice;
      if (invoice.customer_email) {
        await trackServerEvent(invoice.customer_email, 'Subscription Invoice Paid', {
          amount: invoice.amount_paid,
          currency: invoice.currency,
        });
      }
      break;
    }
    case 'invoice.payment_failed': {
      const invoice = event.data.object as Stripe.Invoice;
      await trackServerEvent('stripe-webhook', 'Subscription Payment Failed', { invoice_id: invoice.id, attempt: invoice.attempt_count }); // expect: server-identity
      break;
    }
    default:
      break;
  }

  return Response.json({ received: true });
}
