// The wrapper module: identifyUser passes its argument straight to heap.identify.
export function identifyUser(email) {
  if (window.heap) {
    window.heap.identify(email);
  }
}
