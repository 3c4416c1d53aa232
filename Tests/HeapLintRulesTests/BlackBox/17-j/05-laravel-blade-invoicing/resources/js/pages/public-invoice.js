// Public invoice page (/i/{token}): the studio's client opens it from an email, no login.
import { trackInvoice } from '../analytics';

const root = document.querySelector('[data-public-invoice]');

if (root) {
  const invoice = JSON.parse(root.dataset.publicInvoice);

  // Give the payer a Heap profile so the studio can see when the invoice was opened and paid.
  const payerKey = sessionStorage.getItem('ledgerly.payer') || `payer-${Date.now().toString(36)}`;
  sessionStorage.setItem('ledgerly.payer', payerKey);
  window.heap.identify(payerKey); // expect: random-identity

  trackInvoice('Public Invoice Opened', invoice);

  root.querySelector('[data-pay]')?.addEventListener('click', () => {
    window.heap.track('Pay Now Clicked', { total: invoice.total, currency: invoice.currency });
  });
}
