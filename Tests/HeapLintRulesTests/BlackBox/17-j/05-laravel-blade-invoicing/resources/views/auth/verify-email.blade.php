@extends('layouts.guest', ['title' => 'Email verified'])

@section('content')
    <div class="rounded border bg-white p-6">
        <h1 class="text-xl">Thanks, {{ $user->first_name }}! Your email is verified.</h1>
        <a href="{{ route('invoices.create') }}" class="btn">Create your first invoice</a>
    </div>
@endsection

@push('scripts')
    <script>
        heap.identify('{{ $user->id }}', { verified: true, signupSource: '{{ $user->signup_source }}' }); // expect: identity-type
        heap.track('Email Verified');
    </script>
@endpush
