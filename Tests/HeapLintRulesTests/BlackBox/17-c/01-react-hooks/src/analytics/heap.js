// Thin wrapper around the Heap snippet that public/index.html installs and loads.
// Every call is guarded so jsdom tests and ad-blocked browsers don't crash.

export function identifyUser(identity) {
  if (!identity) return;
  window.heap?.identify(identity);
}

export function setUserProperties(properties) {
  window.heap?.addUserProperties(properties);
}

export function trackEvent(name, properties = {}) {
  window.heap?.track(name, properties);
}

export function resetUser() {
  window.heap?.resetIdentity();
}

// Called after billing changes so Heap segments pick up the new plan.
export function syncBillingProfile(subscription) {
  if (!subscription) return;
  window.heap?.trackUserProperties({ // expect: unknown-heap-method
    plan: subscription.planCode,
    seats: subscription.quantity,
  });
}
