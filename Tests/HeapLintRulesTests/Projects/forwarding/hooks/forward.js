// Forwarding wrappers of forwarding wrappers: the outermost call's arguments are Heap's.
export function identify(...args) {
  window.heap.identify(...args);
}

export function identifyLater(...args) {
  setTimeout(() => identify(...args), 0);
}

export function identifyNow(...args) {
  identify(...args);
}
