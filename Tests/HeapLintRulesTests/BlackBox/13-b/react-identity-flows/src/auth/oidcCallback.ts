import type { IdTokenClaims } from 'oidc-client-ts';

export function handleOidcCallback(profile: IdTokenClaims & { email: string }) {
  window.heap.identify(profile.sub);
  window.heap.addUserProperties({ idp: profile.iss });
  window.heap.identify(profile.email); // expect: conflicting-identities
}
