// Helpers for Stimulus controllers. The snippet lives in the layouts, so
// window.heap may be missing on pages that skip it (emails, error pages).
export function identifyCustomer(customerId) {
  window.heap?.identify(customerId)
}

export function trackShop(event, properties = {}) {
  window.heap?.track(event, properties)
}

export function tagCustomer(properties) {
  window.heap?.addUserProperties(properties)
}
