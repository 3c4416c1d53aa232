@extends('layouts.public')

@push('scripts')
<script>
    document.addEventListener('DOMContentLoaded', function () {
        heap.identify('{{ $team->id }}'); // expect: non-unique-identity
    });
</script>
@endpush

@section('content')
    <h1>{{ $team->name }}</h1>
    @include('teams.partials.members', ['members' => $team->users])
@endsection
