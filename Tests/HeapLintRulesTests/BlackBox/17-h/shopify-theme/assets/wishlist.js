/*
 * Wishlist buttons, backed by the Wishlist King app. Guests get a wishlist
 * keyed by the app's device id; it is merged into the account at login.
 */
(function () {
  const API = 'https://api.wishlistking.app/v2';

  function getDeviceId() {
    return (window.WishlistKing && window.WishlistKing.deviceId) || localStorage.getItem('wk_device_id');
  }

  async function toggle(productId, button) {
    const deviceId = getDeviceId();
    const res = await fetch(`${API}/lists/default/items`, {
      method: button.classList.contains('active') ? 'DELETE' : 'POST',
      headers: { 'Content-Type': 'application/json', 'X-WK-Device': deviceId || '' },
      body: JSON.stringify({ productId, shop: window.Shopify && window.Shopify.shop }),
    });
    if (!res.ok) return;
    button.classList.toggle('active');
    if (window.heap) {
      window.heap.track(button.classList.contains('active') ? 'Wishlist Added' : 'Wishlist Removed', { product_id: String(productId) });
    }
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('.wishlist-toggle');
    if (button) toggle(button.dataset.productId, button);
  });

  // Guests: tie Heap to the wishlist device so merchandising can follow saved items
  const deviceId = getDeviceId();
  if (deviceId && window.heap && !(window.theme && window.theme.customerId)) {
    window.heap.identify(deviceId); // expect: anonymous-identity
  }
})();
