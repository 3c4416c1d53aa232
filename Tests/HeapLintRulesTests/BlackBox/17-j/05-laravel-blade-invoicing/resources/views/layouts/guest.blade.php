<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{ $title ?? 'Ledgerly' }}</title>
    @include('partials.heap-snippet')
    <script>
        heap.load("{{ config('services.heap.app_id') }}");
        heap.addEventProperties({ layout: 'guest' });
    </script>
    @vite(['resources/css/app.css', 'resources/js/app.js'])
</head>
<body class="flex min-h-screen items-center justify-center bg-stone-100">
    <div class="w-full max-w-md">
        @yield('content')
    </div>
    @stack('scripts')
</body>
</html>
