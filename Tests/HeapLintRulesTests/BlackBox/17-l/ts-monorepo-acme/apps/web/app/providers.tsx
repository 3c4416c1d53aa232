'use client';

import { useEffect, type ReactNode } from 'react';
import { SessionProvider, useSession } from 'next-auth/react';
import { identifyUser, addTraits, setSuperProperties } from '@acme/analytics';

function HeapIdentity() {
  const { data: session, status } = useSession();

  useEffect(() => {
    setSuperProperties({ app: 'console', release: process.env.NEXT_PUBLIC_RELEASE ?? 'dev' });
  }, []);

  useEffect(() => {
    if (status !== 'authenticated') return;
    const user = session?.user;
    if (!user?.id) return;
    identifyUser(user.id);
    addTraits({
      role: user.role ?? 'member',
      plan: user.plan ?? 'starter',
      account: user.accountId,
    });
  }, [status, session]);

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
