'use client';

import { useEffect } from 'react';
import { useSession } from 'next-auth/react';
import { useFlags } from '@/lib/flags';

declare global {
  interface Window {
    heap?: any;
  }
}

export function HeapIdentify() {
  const { data: session } = useSession();
  const flags = useFlags();

  useEffect(() => {
    if (!session?.user || !window.heap) return;
    window.heap.identify(session.user.email);
    window.heap.addUserProperties({
      plan: session.user.plan,
      orgName: session.user.orgName,
      featureFlags: { beta: flags.beta, newLedger: flags.newLedger }, // expect: user-property-value
    });
  }, [session, flags]);

  return null;
}
