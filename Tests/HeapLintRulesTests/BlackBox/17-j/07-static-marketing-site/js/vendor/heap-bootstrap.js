/*! Heap bootstrap from the Northbeam agency starter kit (2021). */
(function () {
  window.heap = window.heap || [];
  heap.load = function (appId, cfg) {
    window.heap.appid = appId;
    window.heap.config = cfg = cfg || {};
    var s = document.createElement('script');
    s.type = 'text/javascript';
    s.async = true;
    s.src = 'https://cdn.heapanalytics.com/js/heap-' + appId + '.js';
    var x = document.getElementsByTagName('script')[0];
    x.parentNode.insertBefore(s, x);
    var q = function (m) { return function () { heap.push([m].concat(Array.prototype.slice.call(arguments, 0))); }; };
    var m = ['addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify', 'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty'];
    for (var i = 0; i < m.length; i++) heap[m[i]] = q(m[i]);
  };
  heap.load('6120984457'); // expect: duplicate-load
})();
