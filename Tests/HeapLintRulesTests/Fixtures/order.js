heap.identify(user.id); // expect: call-before-load
heap.addUserProperties({ plan: plan }); // expect: call-before-load
window.heap.track('boot'); // expect: call-before-load
(function () {
  heap.resetIdentity(); // expect: call-before-load
})();
function early() {
  heap.track('early'); // expect: call-before-load
}
early();
function notCalledHere() {
  heap.track('later');
}
document.addEventListener('click', () => heap.track('click'));
setTimeout(function () {
  heap.identify(user.id);
}, 0);
heap.push(['identify', user.id]);
window.heap = window.heap || [];
heap.load('2084764307');
heap.identify(user.id);
heap.addUserProperties({ plan: plan });
window.addEventListener('load', function () {
  heap.track('loaded');
  heap.load('2084764307');
});
