import React from 'react';
import { useAnalytics } from '../analytics/AnalyticsProvider';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useFeatureFlags } from '../hooks/useFeatureFlags';

export default function AdminBanner() {
  const analytics = useAnalytics();
  const { user } = useCurrentUser();
  const flags = useFeatureFlags();

  if (!user || user.role !== 'admin') return null;

  const openConsole = () => {
    analytics.identify(user.role); // expect: non-unique-identity
    analytics.setUserProperties({ beta_console: flags.has('beta-console') }); // expect: user-property-value
    analytics.track('Admin Console Opened');
    window.location.assign('/admin');
  };

  return (
    <div className="admin-banner">
      You are signed in as an administrator. <button onClick={openConsole}>Open console</button>
    </div>
  );
}
