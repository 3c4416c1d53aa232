import { redirect } from 'next/navigation';
import { HeapIdentify } from '@/components/analytics/HeapIdentify';
import { LogoutButton } from '@/components/analytics/LogoutButton';
import { getServerAuthSession } from '@/lib/auth';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const session = await getServerAuthSession();
  if (!session) redirect('/login');

  return (
    <div className="app-shell">
      <HeapIdentify />
      <aside className="sidebar">
        <nav>
          <a href="/dashboard">Dashboard</a>
          <a href="/invoices">Invoices</a>
          <a href="/settings/billing">Billing</a>
        </nav>
        <LogoutButton />
      </aside>
      <main>{children}</main>
    </div>
  );
}
