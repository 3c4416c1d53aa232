import { useEffect, useRef } from 'react';
import { identifyUser, setUserTraits, resetUser } from '../lib/analytics/heap';
import { segmentIdentify } from '../lib/analytics/segment';
import { resolveUserId, type Session } from '../lib/session';

interface ShopperProfile {
  id: string;
  email: string;
  plan: string;
  orderCount: number;
  createdAt: Date;
}

export function useHeapIdentify(profile: ShopperProfile | undefined) {
  const lastId = useRef<string | null>(null);

  useEffect(() => {
    if (!profile) {
      if (lastId.current) {
        resetUser();
        lastId.current = null;
      }
      return;
    }
    if (lastId.current === profile.id) return;

    identifyUser(profile.id);
    setUserTraits({
      email: profile.email,
      plan: profile.plan,
      order_count: profile.orderCount,
      signed_up_at: profile.createdAt, // expect: user-property-value
    });
    segmentIdentify(profile.id, { email: profile.email });
    lastId.current = profile.id;
  }, [profile]);
}

// Older pages still call this with the raw session object.
export function useLegacyIdentify(session: Session | null) {
  useEffect(() => {
    if (session === null) return;
    identifyUser(resolveUserId(session)); // expect: hardcoded-identity
  }, [session]);
}
