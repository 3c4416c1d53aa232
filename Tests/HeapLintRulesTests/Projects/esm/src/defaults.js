// A wrapper whose parameter has a default: callers that leave it out send the default.
const WALK_IN = 'walk-in-customer';

export function identifyCustomer(customerId = WALK_IN) {
  window.heap.identify(customerId);
}
