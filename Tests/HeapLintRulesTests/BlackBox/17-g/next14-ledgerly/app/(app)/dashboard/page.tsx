import { TrackPageview } from '@/components/analytics/TrackPageview';
import { getServerAuthSession } from '@/lib/auth';
import { db } from '@/lib/db';

export default async function DashboardPage() {
  const session = await getServerAuthSession();
  const [open, overdue] = await Promise.all([
    db.invoice.count({ where: { workspaceId: session!.user.workspaceId, status: 'open' } }),
    db.invoice.count({ where: { workspaceId: session!.user.workspaceId, status: 'overdue' } }),
  ]);

  return (
    <>
      <TrackPageview name="Dashboard" properties={{ open_invoices: open, overdue_invoices: overdue }} />
      <h1>Overview</h1>
      <dl className="stats">
        <dt>Open</dt>
        <dd>{open}</dd>
        <dt>Overdue</dt>
        <dd>{overdue}</dd>
      </dl>
    </>
  );
}
