import type { Customer, Invoice } from '../types';

const HEAP_APP_ID = process.env.HEAP_APP_ID as string;
const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';

export async function trackInvoicePaid(invoice: Invoice, customer: Customer): Promise<void> {
  const res = await fetch(HEAP_TRACK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      identity: customer.email,
      event: 'Invoice Paid',
      properties: {
        amount: invoice.amountDue / 100,
        currency: invoice.currency,
      },
    }),
  });
  if (!res.ok) {
    console.warn(`heap track failed: ${res.status}`);
  }
}

export async function trackNightlyReconcile(count: number): Promise<void> {
  await fetch(HEAP_TRACK_URL, { // expect: server-identity
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      event: 'Nightly Reconcile Finished',
      properties: { invoices: count },
    }),
  });
}

export async function trackRefund(invoice: Invoice): Promise<void> {
  await fetch('https://heapanalytics.com/api/track', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      identity: 'billing-service', // expect: server-identity
      event: 'Refund Issued',
      properties: { invoice: invoice.id, amount: invoice.amountRefunded / 100 },
    }),
  });
}

export async function trackDunningEmail(customer: Customer, attempt: number): Promise<void> {
  await fetch(HEAP_TRACK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      identity: `${customer.id}`,
      event: 'Dunning Email Sent',
      idempotency_key: `dunning-${customer.id}-${attempt}`,
      properties: { attempt },
    }),
  });
}
