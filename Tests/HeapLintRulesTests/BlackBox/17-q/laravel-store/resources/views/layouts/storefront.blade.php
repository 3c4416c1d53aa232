<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>{{ $store->name }} · @yield('title')</title>
    <link rel="stylesheet" href="{{ asset('css/storefront.css') }}">

    <script type="text/javascript">
        window.heapReadyCb=window.heapReadyCb||[],window.heap=window.heap||[],heap.load=function(e,t){window.heap.envId=e,window.heap.clientConfig=t=t||{},window.heap.clientConfig.shouldFetchServerConfig=!1;var a=document.createElement("script");a.type="text/javascript",a.async=!0,a.src="https://cdn.us.heap-api.com/config/"+e+"/heap_config.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(a,r);var n=["init","startTracking","stopTracking","track","resetIdentity","identify","identifyHashed","getSessionId","getUserId","getIdentity","addUserProperties","addEventProperties","removeEventProperty","clearEventProperties","addAccountProperties","addAdapter","addTransformer","addTransformerFn","onReady","addPageviewProperties","removePageviewProperty","clearPageviewProperties","trackPageview"],i=function(e){return function(){var t=Array.prototype.slice.call(arguments,0);window.heapReadyCb.push({name:e,fn:function(){heap[e]&&heap[e](...t)}})}};for(var p=0;p<n.length;p++)heap[n[p]]=i(n[p])};
        heap.load("{{ config('services.heap.app_id') }}");
    </script>
    <script>
        heap.identify("{{ $customer->email ?? 'guest' }}"); // expect: blocklisted-identity
        heap.addUserProperties({ storefront: "{{ $store->handle }}", currency: "{{ $store->currency }}" });
    </script>
</head>
<body>
    <header>
        <a href="{{ route('shop.home', $store) }}">{{ $store->name }}</a>
        <a href="{{ route('shop.cart', $store) }}">Cart ({{ $cart->count() }})</a>
    </header>

    @yield('content')

    <footer>&copy; {{ now()->year }} {{ $store->name }}</footer>
</body>
</html>
