@extends('layouts.app')

@section('content')
    <h1>{{ $currentTeam->name }}</h1>
    <ul>
        @foreach ($currentTeam->users as $member)
            <li>{{ $member->name }}</li>
        @endforeach
    </ul>
    <script>
        heap.identify('{{ $currentTeam->id }}'); // expect: non-unique-identity
        document.querySelector('#invite').addEventListener('click', function () {
            heap.track('Invite Opened', { team: '{{ $currentTeam->slug }}' });
        });
    </script>
@endsection
