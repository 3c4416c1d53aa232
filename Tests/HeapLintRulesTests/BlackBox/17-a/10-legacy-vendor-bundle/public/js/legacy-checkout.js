// Quote checkout, step 2 (jQuery). Included only on /quote/checkout, after the layout's Heap snippet.
$(function () {
  var customer = window.CHECKOUT_CUSTOMER || {};
  var cart = window.CHECKOUT_CART || { items: [], total: 0 };

  if (customer.email) {
    heap.identify({ handle: customer.email, email: customer.email }); // expect: blocklisted-identity
  }
  heap.addUserProperties({ 'Cart Items': cart.items.length, 'Cart Value': cart.total });

  $('#continue').on('click', function () {
    heap.track('Checkout Step Completed', { step: 2, attempt: Math.random().toString(36).slice(2, 10) });
  });
});
