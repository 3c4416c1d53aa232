import { useEffect, useRef } from 'react';
import { identifyVisitor, setVisitorTraits, forgetVisitor } from '../analytics/heap';

/**
 * Identifies the signed-in reader once per session and keeps a few traits fresh.
 */
export default function useHeapIdentity(user) {
  const identified = useRef(null);

  useEffect(() => {
    if (!user) {
      if (identified.current) {
        forgetVisitor();
        identified.current = null;
      }
      return;
    }
    if (identified.current === user.id) return;

    identifyVisitor(user.id);
    identified.current = user.id;

    const { plan = 'free', seats = 1, locale } = user;
    setVisitorTraits({
      plan,
      seats,
      ...(locale ? { locale } : {}),
    });
  }, [user]);
}
