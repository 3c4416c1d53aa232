import Heap from '@heap/react-native-heap';
import Config from 'react-native-config';

Heap.track('Cold Start'); // expect: call-before-load
Heap.setAppId(Config.HEAP_APP_ID);

export function signIn(user) {
  Heap.identify(user.email);
  Heap.addUserProperties({ plan: user.plan });
}

export function asGuest() {
  Heap.identify('guest'); // expect: blocklisted-identity
}

export function logOut() {
  Heap.identify(); // expect: identity-type
  Heap.resetIdentity();
}

// What the SDK's Babel instrumentor inserts is part of the SDK.
export function onScroll(component, event) {
  Heap.autocaptureScrollView('scroll_view_page', component, event);
  Heap.setUserIdentity('x'); // expect: unknown-heap-method
}
