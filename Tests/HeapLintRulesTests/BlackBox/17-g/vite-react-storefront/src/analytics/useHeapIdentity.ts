import { useEffect } from 'react';
import { useAuth } from '../auth/AuthContext';
import { useAnalytics } from './AnalyticsProvider';

/** Identify the signed-in shopper once their profile has loaded. */
export function useHeapIdentity(): void {
  const { user } = useAuth();
  const { identify, setTraits } = useAnalytics();

  useEffect(() => {
    if (!user) return;
    identify(user.id);
    setTraits({
      email: user.email,
      plan: user.plan,
      signup_date: user.createdAt,
      marketing_opt_in: user.marketingOptIn ? 'yes' : 'no',
    });
  }, [user, identify, setTraits]);
}
