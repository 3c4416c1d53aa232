// An agency's loader, added to a page that already has the snippet.
window.heap = window.heap || [];
heap.load = function (id) { window.heap.appid = id; };
heap.load('1234567890'); // expect: duplicate-load
