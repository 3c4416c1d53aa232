@extends('layouts.app')

@section('content')
<div class="bg-white shadow rounded-lg p-6">
    <h1>Billing</h1>
    <p>You are on the <strong>{{ ucfirst($subscription->plan) }}</strong> plan, {{ $subscription->quantity }} seats.</p>
    <a href="{{ route('billing.portal') }}" onclick="heap.track('Billing Portal Opened', { plan: '{{ $subscription->plan }}' })">Manage payment method</a>
</div>
@endsection

@push('scripts')
<script>
    heap.addUserProperties({
        plan: "{{ $subscription->plan }}",
        seats: {{ (int) $subscription->quantity }},
        renews_on: "{{ $subscription->renews_at?->toDateString() }}"
    });
</script>
@endpush
