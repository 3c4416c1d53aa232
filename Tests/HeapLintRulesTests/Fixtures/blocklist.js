/* heaplint-disable conflicting-identities -- a catalogue of separate cases, not one flow */
// Every entry of Heap's blocklist, written as a literal.
heap.identify('anonymous'); // expect: blocklisted-identity
heap.identify("guest"); // expect: blocklisted-identity
heap.identify('undefined'); // expect: blocklisted-identity
heap.identify('null'); // expect: blocklisted-identity
heap.identify('true'); // expect: blocklisted-identity
heap.identify('false'); // expect: blocklisted-identity
heap.identify('not_authenticated'); // expect: blocklisted-identity
heap.identify('NaN'); // expect: blocklisted-identity
heap.identify(''); // expect: blocklisted-identity
heap.identify(' '); // expect: blocklisted-identity
heap.identify('0'); // expect: blocklisted-identity
heap.identify('[object Object]'); // expect: blocklisted-identity
heap.identify('None'); // expect: blocklisted-identity
heap.identify('none'); // expect: blocklisted-identity
heap.identify('Email'); // expect: blocklisted-identity
heap.identify(`email`); // expect: blocklisted-identity
heap.identify('\t\n'); // expect: blocklisted-identity
// Matching is exact: these are constants, not blocklisted.
heap.identify('Guest'); // expect: hardcoded-identity
heap.identify('EMAIL'); // expect: hardcoded-identity
heap.identify('guest '); // expect: hardcoded-identity
// Every spelling of the Heap global.
window.heap.identify('guest'); // expect: blocklisted-identity
globalThis.heap.identify('guest'); // expect: blocklisted-identity
self.heap.identify('guest'); // expect: blocklisted-identity
window.heap?.identify('guest'); // expect: blocklisted-identity
heap['identify']('guest'); // expect: blocklisted-identity
window.heap && heap.identify('guest'); // expect: blocklisted-identity
heap // expect: blocklisted-identity
  .identify(
    'guest'
  );
