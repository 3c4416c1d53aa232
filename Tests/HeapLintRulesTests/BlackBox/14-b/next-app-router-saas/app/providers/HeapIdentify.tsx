'use client';

import { useEffect } from 'react';
import { useSession } from 'next-auth/react';

declare global {
  interface Window {
    heap?: {
      identify: (identity: string) => void;
      addUserProperties: (props: Record<string, unknown>) => void;
      resetIdentity: () => void;
      track: (event: string, props?: Record<string, string | number>) => void;
    };
  }
}

export function HeapIdentify() {
  const { data: session, status } = useSession();

  useEffect(() => {
    if (status !== 'authenticated' || !session?.user) return;
    window.heap?.identify(session.user.id);
    window.heap?.addUserProperties({
      email: session.user.email ?? '',
      role: session.user.role,
    });
  }, [session, status]);

  return null;
}
