@extends('layouts.app')

@section('title', $team->name . ' · Team')

@section('content')
<div class="bg-white shadow rounded-lg p-6" x-data="{ role: 'staff', email: '' }">
    <h1 class="text-xl font-semibold">{{ $team->name }}</h1>
    <p class="text-sm text-gray-500">{{ $team->users_count }} members · {{ $team->locations_count }} locations</p>

    <form method="POST" action="{{ route('team-invitations.store', $team) }}"
          x-on:submit="heap.track('Team Invite Sent', { role: role, team_size: {{ $team->users_count }} })">
        @csrf
        <input type="email" name="email" x-model="email" required>
        <select name="role" x-model="role">
            <option value="staff">Staff</option>
            <option value="manager">Manager</option>
            <option value="owner">Owner</option>
        </select>
        <button type="submit">Invite</button>
    </form>
</div>
@endsection

@push('scripts')
<script>
    heap.addUserProperties({
        team_id: "{{ $team->id }}",
        team_name: "{{ $team->name }}",
        team_role: "{{ auth()->user()->teamRole($team)->key }}"
    });
</script>
@endpush
