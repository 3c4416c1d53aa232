<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{ $campaign->headline }}</title>
    <link rel="stylesheet" href="{{ asset('css/landing.css') }}">
    <script>
        heap.track('Landing Viewed', { campaign: '{{ $campaign->slug }}', variant: '{{ $variant }}' }); // expect: call-before-load
    </script>
</head>
<body>
    <section class="hero">
        <h1>{{ $campaign->headline }}</h1>
        <p>{{ $campaign->subline }}</p>
        <a class="cta" href="{{ route('register', ['utm_campaign' => $campaign->slug]) }}"
           onclick="window.heap && heap.track('Landing CTA Clicked', { campaign: '{{ $campaign->slug }}' })">
            Start your free trial
        </a>
    </section>

    <script type="text/javascript">
        window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
        heap.load("YOUR_APP_ID"); // expect: invalid-app-id
    </script>
</body>
</html>
