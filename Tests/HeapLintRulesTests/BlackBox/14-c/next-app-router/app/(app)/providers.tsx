'use client';

import { SessionProvider, useSession } from 'next-auth/react';
import { useEffect, type ReactNode } from 'react';

declare global {
  interface Window {
    heap: any;
  }
}

function HeapIdentity() {
  const { data: session, status } = useSession();

  useEffect(() => {
    if (status !== 'authenticated' || !session?.user) return;
    window.heap.identify(session.user.id);
    window.heap.addUserProperties({
      Name: session.user.name ?? '',
      Plan: session.user.plan,
      Seats: session.user.seats,
    });
  }, [status, session]);

  useEffect(() => {
    if (status === 'unauthenticated') window.heap.resetIdentity();
  }, [status]);

  return null;
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <SessionProvider>
      <HeapIdentity />
      {children}
    </SessionProvider>
  );
}
