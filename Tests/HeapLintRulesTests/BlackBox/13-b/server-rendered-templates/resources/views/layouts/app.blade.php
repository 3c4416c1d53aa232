<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <title>{{ config('app.name', 'Teamhub') }}</title>
    <script type="text/javascript">
        window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
        heap.load("{{ config('services.heap.app_id') }}");
    </script>
    @auth
    <script>
        heap.identify('{{ Auth::user()->id }}');
        heap.addUserProperties({ plan: '{{ $currentTeam->plan }}', teamSize: {{ $currentTeam->users()->count() }} });
    </script>
    @endauth
    @stack('scripts')
</head>
<body>
    @yield('content')
</body>
</html>
