<script>heap.identify('{{ $user->id }}'); @if($a) t() @elseif($b) u() @else v() @endif</script>
{!! $raw !!}{{-- comment --}}@{{ literal }}@php $x = 1; @endphp @json($data)
