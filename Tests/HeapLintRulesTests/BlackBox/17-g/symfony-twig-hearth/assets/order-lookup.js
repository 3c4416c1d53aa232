import tracker from './lib/HeapTracker';

const lookup = document.querySelector('#order-lookup');
const status = document.querySelector('#order-status');

lookup?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const params = new URLSearchParams(new FormData(lookup));
  const res = await fetch(`/orders/lookup?${params}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    status.textContent = 'We could not find that order.';
    status.hidden = false;
    return;
  }
  const order = await res.json();
  status.textContent = `Order ${order.number}: ${order.statusLabel}`;
  status.hidden = false;

  if (document.body.dataset.authenticated !== '1') {
    const customerRef = order.customerId ? `${order.customerId}.hearthandloom` : '';
    tracker.identify(customerRef); // expect: blocklisted-identity
  }
  tracker.track('Order Looked Up', { status: order.status });
});
