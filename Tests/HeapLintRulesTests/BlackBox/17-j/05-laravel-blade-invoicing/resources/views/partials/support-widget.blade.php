{{-- Help-center widget. Included on public pages (pricing, docs) as well as inside the app. --}}
<div id="support-widget" class="fixed bottom-4 right-4">
    <button type="button" class="rounded-full bg-emerald-600 p-3 text-white" x-data x-on:click="$dispatch('open-support')">?</button>
</div>
<script>
    document.addEventListener('open-support', function () {
        heap.identify("{{ auth()->id() ?? 'guest' }}"); // expect: blocklisted-identity
        heap.track('Support Widget Opened', { page: window.location.pathname });
    });
</script>
