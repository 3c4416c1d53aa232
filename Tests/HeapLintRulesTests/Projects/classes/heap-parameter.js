// Heap passed in: an immediately invoked function and a factory called only with window.heap.
(function (h) {
  h.identify('guest'); // expect: blocklisted-identity
  h.addUserProperties({ ok: true }); // expect: user-property-value
})(window.heap);

function createAnalytics(client) {
  return { identify: (id) => client.identify(id) };
}
const analytics = createAnalytics(window.heap);
export function b() {
  analytics.identify('kiosk'); // expect: hardcoded-identity
}

// Called with Heap and with an array: the parameter is not known to be Heap.
function process(queue) { queue.push(1); queue.identify('x'); }
process([]);
process(window.heap);
