@extends('layouts.app')

@section('content')
    <h1>{{ $currentTeam->name }}</h1>
    <livewire:team-members :team="$currentTeam" />
    <script>
        heap.identify('{{ $currentTeam->id }}'); // expect: non-unique-identity
        heap.addUserProperties({ team_plan: '{{ $currentTeam->plan }}' });
    </script>
@endsection
