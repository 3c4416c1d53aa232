<!doctype html>
<html>
<head>
  <script>
    window.heap = window.heap || [];
    heap.load('{{ config('services.heap.id') }}');
    @auth
      heap.identify('{{ Auth::user()->id }}');
    @else
      heap.identify('anonymous-visitor');
    @endauth
    heap.addUserProperties({ plan: '{{ $plan }}', beta: true });
  </script>
</head>
<body>@yield('content')</body>
</html>
