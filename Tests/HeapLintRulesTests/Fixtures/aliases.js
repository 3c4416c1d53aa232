const h = window.heap;
h.identify('guest'); // expect: blocklisted-identity
const analytics = window.heap || [];
analytics.identify('admin'); // expect: hardcoded-identity
var heap = window.heap || [];
heap.identify('none'); // expect: blocklisted-identity
const { identify } = window.heap;
identify('anonymous'); // expect: blocklisted-identity
