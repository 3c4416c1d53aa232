'use client';

import { useEffect } from 'react';
import { useSession } from 'next-auth/react';

/** Mirrors the next-auth session into Heap. Renders nothing. */
export function HeapIdentify() {
  const { data: session, status } = useSession();

  useEffect(() => {
    if (status === 'loading') return;

    if (status === 'authenticated' && session?.user?.id) {
      window.heap?.identify(session.user.id);
      window.heap?.addUserProperties({
        email: session.user.email ?? '',
        plan: session.user.plan ?? 'free',
      });
    } else {
      window.heap?.resetIdentity();
    }
  }, [status, session?.user?.id]);

  return null;
}
