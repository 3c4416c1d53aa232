import { createContext, useCallback, useContext, useEffect, useMemo } from 'react';
import { identifyUser, resetUser, setUserProperties, trackEvent } from '../analytics/heap';
import { useAuth } from './AuthProvider';

const AnalyticsContext = createContext({ track: () => {} });

export function AnalyticsProvider({ children }) {
  const { user, status } = useAuth();

  useEffect(() => {
    if (status === 'authenticated' && user) {
      identifyUser(user.id);
      setUserProperties({
        email: user.email,
        plan: user.plan,
        seats: user.seatCount,
        signed_up_at: new Date(user.createdAt).toISOString(),
      });
    }
    if (status === 'unauthenticated') {
      resetUser();
    }
  }, [status, user]);

  useEffect(() => {
    if (!user) return;
    setUserProperties({ // expect: user-property-value
      is_owner: user.role === 'owner',
      team_names: user.teams.map((team) => team.name),
    });
  }, [user]);

  const track = useCallback((name, properties) => trackEvent(name, properties), []);
  const value = useMemo(() => ({ track }), [track]);

  return <AnalyticsContext.Provider value={value}>{children}</AnalyticsContext.Provider>;
}

export const useAnalytics = () => useContext(AnalyticsContext);
