// Checkout page boot: same helpers, but Heap is started first.
var CHECKOUT_HEAP_ID = '3318204471';

function loadAnalytics() {
  heap.load(CHECKOUT_HEAP_ID);
}

function describeCart(cart) {
  heap.addUserProperties({ cart_items: cart.items.length, cart_currency: cart.currency });
}

function rememberBuyer(buyer) {
  if (buyer && buyer.id) {
    heap.identify(String(buyer.id));
  }
}

function currentCart() {
  return window.__CART__ || { items: [], currency: 'USD' };
}

function startCheckout() {
  loadAnalytics();
  rememberBuyer(window.__BUYER__);
  describeCart(currentCart());
}

startCheckout();
