// Loaded first by every extension page that reports to Heap.
window.heap = window.heap || [];
heap.load = function (appId, settings) {
  window.heap.appid = appId;
  window.heap.config = settings || {};
  var tag = document.createElement('script');
  tag.type = 'text/javascript';
  tag.async = true;
  tag.src = 'https://cdn.heapanalytics.com/js/heap-' + appId + '.js';
  (document.head || document.documentElement).appendChild(tag);
  var methods = ['addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify', 'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty'];
  methods.forEach(function (name) {
    heap[name] = function () {
      heap.push([name].concat(Array.prototype.slice.call(arguments, 0)));
    };
  });
};
heap.load('1357913579', { disableTextCapture: true });
