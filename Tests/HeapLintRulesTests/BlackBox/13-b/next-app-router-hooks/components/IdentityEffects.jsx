'use client';

import { useEffect } from 'react';
import { useSession } from 'next-auth/react';
import { useHeap } from '../hooks/useHeap';

export function HeapIdentify() {
  const { data: session } = useSession();
  const { identify } = useHeap();

  useEffect(() => {
    if (session?.user) {
      identify(session.user.id || 'visitor'); // expect: hardcoded-identity
    }
  }, [session, identify]);

  return null;
}

export function ProfileLoader({ user }) {
  const { identify, addUserProperties } = useHeap();

  useEffect(() => {
    if (!user) return;
    identify(user.email, { name: user.name }); // expect: identity-type
    addUserProperties({ company: user.company ?? 'unknown' });
  }, [user, identify, addUserProperties]);

  return null;
}

export function StoreIdentify({ customer }) {
  const { identify } = useHeap();

  useEffect(() => {
    identify(customer ? `${customer.id}.acme-shop` : ''); // expect: blocklisted-identity
  }, [customer, identify]);

  return null;
}
