import type { User } from 'oidc-client-ts';

export function onSigninComplete(user: User) {
  const claims = user.profile;
  window.heap.identify(claims.sid!); // expect: anonymous-identity
  window.heap.addUserProperties({ tenant: String(claims.tid ?? '') });
}

export function syncHeapIdentity() {
  const heapId = window.heap.userId;
  window.heap.addUserProperties({ heapAnonymousId: heapId });
  window.heap.identify(heapId); // expect: anonymous-identity
}
