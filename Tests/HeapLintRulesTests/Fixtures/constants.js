/* heaplint-disable conflicting-identities -- a catalogue of separate cases, not one flow */
const SHARED = 'shared-kiosk';
const PREFIX = 'tenant';
heap.identify(SHARED); // expect: hardcoded-identity
heap.identify(PREFIX + '-' + 42); // expect: hardcoded-identity
heap.identify(`${PREFIX}-admin`); // expect: hardcoded-identity
heap.identify('admin'.toUpperCase()); // expect: hardcoded-identity
let mode = 'demo';
heap.identify(mode); // expect: hardcoded-identity
let reassigned = 'placeholder';
reassigned = user.id;
heap.identify(reassigned);
let afterwards = user.id;
heap.identify(afterwards);
afterwards = 'later';
const cfg = { account: { identity: 'ops-team' } };
heap.identify(cfg.account.identity); // expect: hardcoded-identity
const { identity } = { identity: 'destructured' };
heap.identify(identity); // expect: hardcoded-identity
// Dynamic values are fine.
heap.identify(user.id);
heap.identify(`${user.id}`);
heap.identify('user-' + user.id);
heap.identify(getCurrentUserId());
heap.identify(await api.me().then((r) => r.id));
function identifyUser(email) {
  heap.identify(email);
}
