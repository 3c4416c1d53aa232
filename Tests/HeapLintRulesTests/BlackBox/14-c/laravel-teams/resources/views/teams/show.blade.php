@extends('layouts.app')

@section('content')
    <h1>{{ $team->name }}</h1>
@endsection

@push('scripts')
    <script>
        heap.identify('{{ $team->id }}'); // expect: non-unique-identity
        heap.track('Team Viewed', { members: {{ $team->users()->count() }} });
    </script>
@endpush
