<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Helpdesk · {{ $queue->name }}</title>
    <script type="text/javascript">
        window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
        heap.load("{{ config('services.heap.app_id') }}", { disableTextCapture: true });
    </script>
</head>
<body>
    <h1>{{ $queue->name }} <small>{{ $queue->open_count }} open</small></h1>

    <table class="tickets">
        @foreach ($tickets as $ticket)
            <tr data-ticket="{{ $ticket->id }}">
                <td>#{{ $ticket->number }}</td>
                <td>{{ $ticket->subject }}</td>
                <td>{{ $ticket->requester_email }}</td>
            </tr>
        @endforeach
    </table>

    <script>
        // TODO: use the agent's own id once the admin guard exposes it to this view.
        const AGENT_IDENTITY = 'helpdesk-agent';
        heap.identify(AGENT_IDENTITY); // expect: hardcoded-identity
        heap.addUserProperties({ role: 'support', queue: "{{ $queue->name }}", open_tickets: {{ $queue->open_count }} });

        document.querySelectorAll('tr[data-ticket]').forEach(function (row) {
            row.addEventListener('click', function () {
                heap.track('Ticket Opened', { ticket: row.dataset.ticket });
                window.location = '/admin/tickets/' + row.dataset.ticket;
            });
        });
    </script>

    @include('admin.partials.footer')
    <script>
        // EU workspaces: point Heap at the EU environment during the migration.
        heap.load("{{ config('services.heap.eu_app_id') }}"); // expect: duplicate-load
    </script>
</body>
</html>
