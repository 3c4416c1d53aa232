export const DEFAULT_COOK = 'home-cook';

// Identify the person cooking. Everything we know about them should be keyed on their account id.
export function identifyCook(cookId = DEFAULT_COOK) {
  window.heap.identify(String(cookId));
}

export function forgetCook() {
  window.heap.resetIdentity();
}
