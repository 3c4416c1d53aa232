{{-- Heap's loader without the load call: each layout calls heap.load itself. --}}
<script>
    window.heap = window.heap || [];
    heap.load = function (appId, settings) {
        window.heap.appid = appId;
        window.heap.config = settings = settings || {};
        var s = document.createElement('script');
        s.type = 'text/javascript';
        s.async = true;
        s.src = 'https://cdn.heapanalytics.com/js/heap-' + appId + '.js';
        var first = document.getElementsByTagName('script')[0];
        first.parentNode.insertBefore(s, first);
        var make = function (method) {
            return function () { heap.push([method].concat(Array.prototype.slice.call(arguments, 0))); };
        };
        var methods = ['addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify', 'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty'];
        for (var i = 0; i < methods.length; i++) heap[methods[i]] = make(methods[i]);
    };
</script>
