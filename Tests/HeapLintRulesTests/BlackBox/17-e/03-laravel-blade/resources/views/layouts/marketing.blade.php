<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>@yield('title', 'Shiftboard — staff scheduling for restaurants')</title>
    <link rel="stylesheet" href="{{ mix('css/marketing.css') }}">
    <script type="text/javascript">
        window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
        heap.load("{{ config('services.heap.app_id') }}");
        heap.addEventProperties({ site: "marketing" });
    </script>
</head>
<body>
    @include('marketing.header')
    @yield('content')
    @include('marketing.footer')

    <!-- Heap Analytics (added for the 2023 pricing experiment) -->
    <script type="text/javascript">
        window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
        heap.load("{{ config('services.heap.app_id') }}"); // expect: duplicate-load
    </script>
    <script>
        document.querySelectorAll('[data-cta]').forEach(function (el) {
            el.addEventListener('click', function () {
                heap.track('Marketing CTA Clicked', { cta: el.dataset.cta, page: location.pathname });
            });
        });
    </script>
</body>
</html>
