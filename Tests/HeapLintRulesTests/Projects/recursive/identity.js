// A wrapper that recurses through another module's re-export, and one that calls itself: each
// call site is still one finding, with the plain chain.
import { retryIdentify } from './retry';

export function identifyUser(id, attempts = 0) {
  if (attempts > 3) return;
  heap.identify(id);
  if (!window.heap) retryIdentify(id, attempts + 1);
}

export function walk(node) {
  if (node.children) node.children.forEach(walk);
  heap.track('visit', { id: node.id });
}
