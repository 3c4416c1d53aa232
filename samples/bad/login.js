// A login flow with the identity mistakes heaplint exists to catch.
import { v4 as uuidv4 } from 'uuid';

export function onSignedIn(user) {
  // A fallback that merges every visitor without an id into one user "visitor".
  heap.identify(user.id || 'visitor');
}

export function onGuestCheckout() {
  // Heap ignores "guest": the call does nothing, and the code reads as if it did.
  heap.identify('guest');
  heap.addUserProperties({ checkout: 'guest' });
}

export function onFirstVisit() {
  // A random identity becomes permanent and splits the user when they log in later.
  heap.identify(uuidv4());
}

export function legacyIdentify(email) {
  // The old object form turns into "[object Object]", which Heap ignores.
  window.heap.identify({ handle: email });
}
