export function trackPage(route) {
  window.heap.trackPageview({ route: route.name });
  window.heap.addPageviewProperties({ section: route.meta.section || 'main' });
}

export function tagCheckout(cart) {
  window.heap.addEventProperties({ cart_value: cart.total });
  window.heap.addUserProperty({ last_cart_value: cart.total }); // expect: unknown-heap-method
}

export function finishCheckout() {
  window.heap.clearEventProperties();
  window.heap.removeEventProperty('cart_value');
}

export function identifyHashedUser(hash) {
  window.heap.identifyHashed(hash);
}

export function identifyCustomer(customer) {
  window.heap.identifyUser(customer.email); // expect: unknown-heap-method
}
