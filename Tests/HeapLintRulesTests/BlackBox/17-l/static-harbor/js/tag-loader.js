/*
 * Harbor Yoga tag loader.
 * Pages that include this file get their vendor tags from here, so marketing can switch
 * vendors on and off without touching every page. (Older pages still carry their own snippet.)
 */
var SITE_TAGS = {
  heapAppId: '2084431907',
  hotjarId: 3310022,
  enableHotjar: false
};

window.heap = window.heap || [];
heap.load = function (appId, options) {
  window.heap.appid = appId;
  window.heap.config = options = options || {};
  var s = document.createElement('script');
  s.type = 'text/javascript';
  s.async = true;
  s.src = 'https://cdn.heapanalytics.com/js/heap-' + appId + '.js';
  var anchor = document.getElementsByTagName('script')[0];
  anchor.parentNode.insertBefore(s, anchor);
  var proxy = function (name) {
    return function () {
      heap.push([name].concat(Array.prototype.slice.call(arguments, 0)));
    };
  };
  var list = ['addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify',
    'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty'];
  for (var i = 0; i < list.length; i++) {
    heap[list[i]] = proxy(list[i]);
  }
};
heap.load(SITE_TAGS.heapAppId);

if (SITE_TAGS.enableHotjar) {
  (function (w, d, id) {
    w.hj = w.hj || function () { (w.hj.q = w.hj.q || []).push(arguments); };
    w._hjSettings = { hjid: id, hjsv: 6 };
    var t = d.createElement('script');
    t.async = 1;
    t.src = 'https://static.hotjar.com/c/hotjar-' + id + '.js?sv=6';
    d.head.appendChild(t);
  })(window, document, SITE_TAGS.hotjarId);
}
