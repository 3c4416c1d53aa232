// Correct Heap usage, and code that only looks like it.
export function onSignedIn(user) {
  if (user && user.id) {
    heap.identify(user.id);
  }
  heap.addUserProperties({ plan: user.plan, signupYear: 2024 });
}

export function onGuestCheckout() {
  // No identity for guests: properties go on the anonymous user.
  heap.addUserProperties({ checkout: 'guest' });
}

export function onLogout() {
  heap.resetIdentity();
}

// A priority queue called heap is not Heap Analytics.
export function topK(items, k) {
  const heap = new MinHeap();
  for (const item of items) heap.push(item);
  heap.identify('guest'); // a method of MinHeap, not an identify call
  return heap.take(k);
}

// Mentions in strings, comments and regular expressions are not calls:
// heap.identify('guest')
const docs = "call heap.identify('guest') and every visitor merges";
const pattern = /heap\.identify\('guest'\)/;
console.log(docs, pattern);
