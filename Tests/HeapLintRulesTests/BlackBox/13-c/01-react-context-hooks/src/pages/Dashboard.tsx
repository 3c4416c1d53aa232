import { useEffect } from 'react';
import { useAnalytics } from '../analytics/AnalyticsProvider';
import type { User, Workspace } from '../types';

export default function Dashboard({ user, workspace }: { user: User | null; workspace: Workspace }) {
  const { identify, setUserProps, trackEvent } = useAnalytics();

  useEffect(() => {
    if (!user) return;
    identify(user.id);
    setUserProps({ plan: workspace.plan, seats: workspace.members.length });
  }, [user, workspace, identify, setUserProps]);

  return (
    <main>
      <h1>Welcome back{user ? `, ${user.firstName}` : ''}</h1>
      <button onClick={() => trackEvent('Export Clicked', { format: 'csv' })}>Export</button>
    </main>
  );
}
