export function setTraits(traits) {
  if (typeof window !== 'undefined' && window.heap) {
    window.heap.addUserProperties(traits);
  }
}

export function identify(id) {
  if (typeof window !== 'undefined' && window.heap) {
    window.heap.identify(id);
  }
}
