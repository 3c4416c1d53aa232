// The only mention of Heap in this file is the bare global, aliased: the prefilter must still
// let the file through.
const h = heap;
h.identify('guest'); // expect: blocklisted-identity
const { addUserProperties } = heap;
addUserProperties({ plan: 'pro' });
if (h == heap) h.track('same');
