@extends('layouts.app')

@section('content')
    <p>You have been signed out.</p>
    <script>
        heap.identify(null); // expect: blocklisted-identity
        heap.track('Signed Out');
    </script>
@endsection
