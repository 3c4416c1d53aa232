import { useEffect } from 'react';
import { useSession } from '../auth/useSession';
import { useFlags } from '../flags';
import { identifyUser, resetAnalytics, setTeamTraits, setUserTraits } from '../analytics';

/**
 * Keeps the Heap identity in sync with the auth session.
 * Mounted once in <AppShell />.
 */
export function useAnalyticsIdentity(): void {
  const { status, user, org } = useSession();
  const flags = useFlags();

  useEffect(() => {
    if (!flags.analytics) return;

    if (status === 'authenticated' && user && org) {
      identifyUser(user);
      setUserTraits(user, org);
      if (flags.teamTraits) setTeamTraits(user);
    } else if (status === 'unauthenticated') {
      resetAnalytics();
    }
  }, [status, user?.id, org?.id, flags.analytics, flags.teamTraits]);
}
