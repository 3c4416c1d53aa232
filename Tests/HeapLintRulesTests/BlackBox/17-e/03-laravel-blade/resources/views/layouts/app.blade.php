<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{{ csrf_token() }}">
    <title>@yield('title', config('app.name', 'Shiftboard'))</title>

    <script type="text/javascript">
        window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
        heap.load("{{ config('services.heap.app_id') }}");
    </script>

    @if (auth()->check())
    <script>
        heap.identify("{{ auth()->user()->getKey() }}");
        heap.addUserProperties({
            email: "{{ auth()->user()->email }}",
            team: "{{ auth()->user()->currentTeam?->name }}",
            plan: "{{ auth()->user()->currentTeam?->plan }}",
            locations: {{ auth()->user()->currentTeam?->locations_count ?? 0 }}
        });
    </script>
    @else
    <script>
        // let us follow guests across visits until they sign up
        heap.identify("{{ session()->getId() }}"); // expect: anonymous-identity
    </script>
    @endif

    @vite(['resources/css/app.css', 'resources/js/app.js'])
    @stack('head')
</head>
<body class="font-sans antialiased bg-gray-100" data-route="{{ Route::currentRouteName() }}">
    @include('layouts.navigation')

    <main class="max-w-7xl mx-auto py-6 px-4">
        @yield('content')
    </main>

    @stack('scripts')
</body>
</html>
