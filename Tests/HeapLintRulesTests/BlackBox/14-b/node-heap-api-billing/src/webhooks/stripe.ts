import type Stripe from 'stripe';
import { heap } from '../heapClient';

export async function onInvoicePaid(invoice: Stripe.Invoice): Promise<void> {
  const email = invoice.customer_email;
  if (!email) return;

  heap.track('Invoice Paid', email, {
    amount: invoice.amount_paid / 100,
    currency: invoice.currency,
  });
  heap.addUserProperties(email, {
    billing_status: 'active',
    last_invoice: invoice.number ?? '',
  });
}

export async function onSubscriptionDeleted(sub: Stripe.Subscription): Promise<void> {
  const customer = sub.customer as Stripe.Customer;
  heap.track('Subscription Cancelled', customer.email, { plan: sub.items.data[0]?.price.nickname ?? 'unknown' });
}

export function onWebhookReceived(event: Stripe.Event): void {
  heap.track('Stripe Webhook Received', { type: event.type }); // expect: server-identity
}
