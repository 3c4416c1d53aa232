@extends('layouts.app')

@section('title', 'Checkout')

@section('content')
    <h1>Checkout</h1>
    <p>No account? No problem: check out as a guest and we'll email your receipt.</p>

    <form id="checkout-form" method="POST" action="{{ route('checkout.guest.store') }}">
        @csrf
        <label>Email <input type="email" name="email" required></label>
        <label>Card <input name="card" autocomplete="cc-number"></label>
        <button type="submit">Pay {{ $cart->formattedTotal() }}</button>
    </form>
@endsection

@push('head-scripts')
<script>
    heap.addUserProperties({ checkout_type: 'guest', cart_value: {{ $cart->total() }} });

    document.addEventListener('DOMContentLoaded', function () {
        document.getElementById('checkout-form').addEventListener('submit', function (event) {
            var email = event.target.elements.email.value.trim();
            if (email) {
                heap.identify(email);
            }
            heap.track('Guest Checkout Submitted', { items: {{ $cart->count() }} });
        });
    });
</script>
@endpush
