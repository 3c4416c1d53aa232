/* heaplint-disable conflicting-identities -- a catalogue of separate cases, not one flow */
import { getUserId, getVisitorKey, getAccountEmail, newRequestId, sessionKey } from './ids';

function localId() {
  if (!window.USER) return;
  return window.USER.id;
}

heap.identify(getUserId()); // expect: hardcoded-identity
heap.identify(getVisitorKey()); // expect: random-identity
heap.identify(getAccountEmail());
heap.identify(localId()); // expect: blocklisted-identity
heap.identify(user.id || newRequestId()); // expect: random-identity
heap.track('export', { requestId: newRequestId(), key: sessionKey() });
