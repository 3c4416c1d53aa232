<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{{ csrf_token() }}">
    <title>{{ $title ?? 'Ledgerly' }}</title>
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
        heap.load('{{ config('services.heap.app_id') }}', { secureCookie: true });
        @auth
            heap.identify('{{ auth()->id() }}');
            heap.addUserProperties({ studio: '{{ auth()->user()->currentTeam->name }}', role: '{{ auth()->user()->role }}' });
        @else
            heap.resetIdentity();
        @endauth
    </script>
    {{-- $bootstrap comes from App\View\Composers\BootstrapComposer: user (id, email) and team (id, name, plan). --}}
    <script>
        window.App = @json($bootstrap);
    </script>
    @vite(['resources/css/app.css', 'resources/js/app.js'])
    @stack('head')
</head>
<body class="min-h-screen bg-stone-50" @if(config('app.demo')) data-demo="1" @endif>
    @include('partials.nav')
    <main class="mx-auto max-w-5xl p-6">
        @yield('content')
    </main>
    @stack('scripts')
</body>
</html>
