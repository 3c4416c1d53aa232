@extends('layouts.app')

@section('content')
    <p>You have been signed out.</p>
@endsection

@push('scripts')
    <script>
        heap.identify(); // expect: identity-type
    </script>
@endpush
