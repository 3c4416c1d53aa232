@extends('layouts.app', ['title' => 'Upgrade your plan'])

@section('content')
    <h1 class="text-2xl font-semibold">Plans</h1>
    <div class="mt-6 grid grid-cols-3 gap-4">
        @foreach ($plans as $plan)
            <div class="rounded border bg-white p-4" x-data="{ annual: false }">
                <h2 class="text-lg">{{ $plan->name }}</h2>
                <p>{{ $plan->formattedPrice() }}/month</p>
                <label><input type="checkbox" x-model="annual"> Pay yearly</label>
                <form method="POST" action="{{ route('billing.subscribe', $plan) }}">
                    @csrf
                    <input type="hidden" name="annual" x-bind:value="annual ? 1 : 0">
                    <button type="submit"
                            x-on:click="heap.track('Upgrade Clicked', { plan: '{{ $plan->slug }}', annual: annual ? 'yes' : 'no' })">
                        Choose {{ $plan->name }}
                    </button>
                </form>
            </div>
        @endforeach
    </div>
    <p class="mt-4 text-sm">
        Need more than 20 seats?
        <a href="mailto:sales@ledgerly.test" @click="heap.setUserProperties({ askedForEnterprise: 'yes' })">Talk to us</a> <!-- expect: unknown-heap-method -->
    </p>
@endsection

@push('scripts')
    <script>
        heap.addUserProperties({
            currentPlan: '{{ $team->plan }}',
            seatsUsed: {{ $team->members_count }},
        });
        heap.track('Plans Viewed', { trialDaysLeft: {{ $team->trialDaysLeft() }} });
    </script>
@endpush
