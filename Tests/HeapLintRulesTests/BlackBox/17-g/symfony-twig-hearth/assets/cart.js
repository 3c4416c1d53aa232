import tracker from './lib/HeapTracker';

document.addEventListener('submit', async (event) => {
  const form = event.target.closest('form[data-add-to-cart]');
  if (!form) return;
  event.preventDefault();

  const data = new FormData(form);
  const res = await fetch(form.action, {
    method: 'POST',
    body: data,
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) {
    tracker.track('Add To Cart Failed', { sku: data.get('sku'), status: res.status });
    return;
  }
  const cart = await res.json();
  document.querySelector('[data-cart-count]')?.replaceChildren(String(cart.itemCount));
  tracker.track('Added To Cart', {
    sku: data.get('sku'),
    quantity: Number(data.get('quantity')),
    cart_items: cart.itemCount,
  });
});
