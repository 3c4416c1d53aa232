<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <title>{{ config('app.name') }}</title>
    <script type="text/javascript">
        window.heap = window.heap || [];
        heap.load = function (appId, config) {
            window.heap.appid = appId;
            window.heap.config = config || {};
            var s = document.createElement('script');
            s.async = true;
            s.src = 'https://cdn.heapanalytics.com/js/heap-' + appId + '.js';
            document.head.appendChild(s);
            ['identify', 'addUserProperties', 'resetIdentity', 'track'].forEach(function (m) {
                heap[m] = function () { heap.push([m].concat(Array.prototype.slice.call(arguments))); };
            });
        };
        heap.load("{{ config('services.heap.app_id') }}");
    </script>
    @auth
    <script>
        heap.identify('{{ Auth::user()->email }}');
        heap.addUserProperties({ role: '{{ Auth::user()->role }}' });
    </script>
    @endauth
</head>
<body>
    @yield('content')
</body>
</html>
