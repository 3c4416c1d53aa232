@extends('layouts.app')

@section('content')
    <h1>{{ $team->name }}</h1>
    <ul>
        @foreach ($team->members as $member)
            <li>{{ $member->name }}</li>
        @endforeach
    </ul>
    <script>
        heap.identify('{{ $team->id }}'); // expect: non-unique-identity
        heap.addUserProperties({ 'Team Size': {{ $team->members->count() }}, 'Team Name': '{{ $team->name }}' });
    </script>
@endsection
