import React, { useEffect } from 'react';
import { useAnalytics } from '../analytics/AnalyticsProvider';
import { useCurrentUser } from '../hooks/useCurrentUser';

export function SessionGate({ children }: { children: React.ReactNode }) {
  const { identify, setUserProperties } = useAnalytics();
  const { user, loading } = useCurrentUser();

  useEffect(() => {
    if (!user) return;
    identify(user.id);
    setUserProperties({ plan: user.plan, signup_year: new Date(user.createdAt).getFullYear() });
  }, [user, identify, setUserProperties]);

  if (loading) return <div className="spinner" />;
  return <>{children}</>;
}
