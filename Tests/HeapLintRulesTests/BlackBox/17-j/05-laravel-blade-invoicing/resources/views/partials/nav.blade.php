<nav class="flex gap-4 border-b bg-white px-6 py-3" x-data="{ open: false }">
    <a href="{{ route('invoices.index') }}" class="font-semibold">Ledgerly</a>
    <a href="{{ route('invoices.create') }}" x-on:click="heap.track('New Invoice Clicked', { from: 'nav' })">New invoice</a>
    <a href="{{ route('billing.upgrade') }}">Upgrade</a>
    @auth
        <form method="POST" action="{{ route('logout') }}" class="ml-auto">
            @csrf
            <button type="submit" x-on:click="heap.track('Logged Out'); heap.resetIdentity()">Log out</button>
        </form>
    @endauth
</nav>
