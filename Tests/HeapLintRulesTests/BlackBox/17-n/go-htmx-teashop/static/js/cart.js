// Cart page behaviour: guest checkout and "save for later".
(function () {
  'use strict';

  function wishlistOwner() {
    var owner = localStorage.getItem('cl_wishlist_owner');
    if (!owner) {
      owner = 'wl_' + Math.random().toString(36).slice(2, 12);
      localStorage.setItem('cl_wishlist_owner', owner);
    }
    return owner;
  }

  function signedIn() {
    return Boolean(document.body && document.body.dataset.customer);
  }

  document.addEventListener('click', function (event) {
    var save = event.target.closest('[data-wishlist-add]');
    if (!save) return;
    event.preventDefault();

    if (!signedIn()) {
      // Saved teas follow the shopper across visits.
      Shop.analytics.identify(wishlistOwner()); // expect: random-identity
    }
    Shop.analytics.track('Tea Saved For Later', { sku: save.dataset.sku });
    htmx.ajax('POST', '/wishlist', { values: { sku: save.dataset.sku }, target: '#wishlist-count' });
  });

  document.addEventListener('click', function (event) {
    var guest = event.target.closest('[data-guest-checkout]');
    if (!guest) return;

    var sessionId = Shop.readCookie('cl_session');
    // Support asked to find guest carts in Heap by the session they see in the admin.
    Shop.analytics.identify(sessionId); // expect: anonymous-identity
    Shop.analytics.track('Guest Checkout Started', {
      items: Number(guest.dataset.items),
      subtotal_cents: Number(guest.dataset.subtotal)
    });
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    if (event.detail.pathInfo.requestPath === '/cart/coupon' && event.detail.successful) {
      Shop.analytics.track('Coupon Applied', { code: event.detail.elt.querySelector('input[name=code]').value.toUpperCase() });
    }
  });
})();
