/* Cart drawer analytics. Loaded with defer after the Heap snippet in theme.liquid. */
(function () {
  var money = function (cents) { return Math.round(cents) / 100; };

  function onCartUpdated(cart) {
    if (!window.heap) return;
    heap.addEventProperties({ cart_items: cart.item_count });
    heap.addUserProperties({ cart_value: money(cart.total_price), cart_updated: new Date().toISOString() });
  }

  document.addEventListener('click', function (e) {
    var btn = e.target.closest('.quick-add');
    if (!btn) return;
    var variantId = btn.dataset.variant;
    fetch(window.Shopify.routes.root + 'cart/add.js', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ items: [{ id: Number(variantId), quantity: 1 }] })
    })
      .then(function (res) { return res.json(); })
      .then(function () {
        window.heap && heap.trackEvent('Quick Add', { variant: variantId }); // expect: unknown-heap-method
        return fetch(window.Shopify.routes.root + 'cart.js');
      })
      .then(function (res) { return res.json(); })
      .then(onCartUpdated)
      .catch(function (err) {
        window.heap && heap.track('Quick Add Failed', { variant: variantId, message: String(err) });
      });
  });

  document.addEventListener('restock:subscribe', function (e) {
    if (!window.heap) return;
    heap.track('Restock Alert Requested', { variant: e.detail.variant });
    heap.addUserProperties({ restock_alerts: true }); // expect: user-property-value
  });
})();
