<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{{ csrf_token() }}">
    <title>@yield('title', config('app.name'))</title>

    <script type="text/javascript">
        window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
        @if (app()->environment('production'))
        heap.load("1180034421");
        @else
        heap.load("5523901187");
        @endif
    </script>

    @auth
    <script>
        heap.identify("{{ auth()->user()->uuid }}");
        heap.addUserProperties({
            name: @json(auth()->user()->name),
            plan: "{{ auth()->user()->plan }}",
            team: "{{ auth()->user()->currentTeam?->name }}"
        });
    </script>
    @endauth

    @vite(['resources/css/app.css', 'resources/js/app.js'])
    @stack('head-scripts')
</head>
<body class="font-sans antialiased">
    <nav class="border-b bg-white">
        <a href="{{ route('home') }}">{{ config('app.name') }}</a>
        @auth
            <a href="{{ route('billing.show') }}">Billing</a>
            <form method="POST" action="{{ route('logout') }}" onsubmit="heap.identify()"> <!-- expect: identity-type -->
                @csrf
                <button type="submit">Log out</button>
            </form>
        @else
            <a href="{{ route('login') }}">Log in</a>
        @endauth
    </nav>

    <main class="container mx-auto py-8">
        @yield('content')
    </main>
</body>
</html>
