/* heaplint-disable conflicting-identities -- a catalogue of separate cases, not one flow */
// Values that JavaScript turns into a blocklisted string.
heap.identify(undefined); // expect: blocklisted-identity
heap.identify(null); // expect: blocklisted-identity
heap.identify(true); // expect: blocklisted-identity
heap.identify(false); // expect: blocklisted-identity
heap.identify(NaN); // expect: blocklisted-identity
heap.identify(0); // expect: blocklisted-identity
heap.identify({ handle: user.email }); // expect: blocklisted-identity
heap.identify([]); // expect: blocklisted-identity
heap.identify(void 0); // expect: blocklisted-identity
heap.identify(String(undefined)); // expect: blocklisted-identity
heap.identify(`${null}`); // expect: blocklisted-identity
heap.identify('' + false); // expect: blocklisted-identity
heap.identify(0 / 0); // expect: blocklisted-identity
heap.identify(Number('abc')); // expect: blocklisted-identity
heap.identify([].toString()); // expect: blocklisted-identity
heap.identify({}.toString()); // expect: blocklisted-identity
heap.identify([null]); // expect: blocklisted-identity
let notYet;
heap.identify(notYet); // expect: blocklisted-identity
var declaredLater;
heap.identify(declaredLater); // expect: blocklisted-identity
const settings = { id: null };
heap.identify(settings.id); // expect: blocklisted-identity
// Not blocklisted once coerced: numbers and arrays with content are constants.
heap.identify(7); // expect: hardcoded-identity
heap.identify([1, 2]); // expect: hardcoded-identity
heap.identify(-0); // expect: blocklisted-identity
