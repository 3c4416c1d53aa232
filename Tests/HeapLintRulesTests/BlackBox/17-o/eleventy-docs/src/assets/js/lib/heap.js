// Thin helpers over the Heap snippet that layouts/base.njk installs in <head>.
// Each one is a no-op when Heap is blocked (ad blockers, strict tracking protection).

export function identifyReader(identity) {
  if (!window.heap) return;
  window.heap.identify(identity);
}

export function setReaderTraits(traits) {
  window.heap && window.heap.addUserProperties(traits);
}

export function trackDocsEvent(name, props = {}) {
  window.heap?.track(name, { docs_path: location.pathname, ...props });
}

export function forgetReader() {
  window.heap?.resetIdentity();
}
