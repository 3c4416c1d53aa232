// Thin layer over Heap so components never poke at window.heap directly.
// Everything here is a no-op during SSR (gatsby build renders without a window).

const isBrowser = typeof window !== 'undefined';

export function identifyReader(readerId) {
  if (!isBrowser || !readerId) return;
  window.heap?.identify(readerId);
}

export function setReaderTraits(traits) {
  if (!isBrowser) return;
  window.heap?.addUserProperties(traits);
}

export function trackRecipeEvent(name, recipe, extra = {}) {
  if (!isBrowser || !window.heap) return;
  window.heap.track(name, {
    recipe_slug: recipe.slug,
    cuisine: recipe.cuisine,
    total_minutes: recipe.totalMinutes,
    ...extra,
  });
}

export function forgetReader() {
  if (!isBrowser) return;
  // clear who is signed in so the next reader on a shared laptop starts fresh
  window.heap?.identify(); // expect: identity-type
}

export function startNewVisitor() {
  if (!isBrowser) return;
  window.heap?.resetIdentity();
}
