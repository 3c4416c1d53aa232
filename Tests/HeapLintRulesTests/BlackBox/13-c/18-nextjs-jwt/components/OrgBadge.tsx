'use client';

import { useSession } from 'next-auth/react';
import { useEffect } from 'react';

export function OrgBadge() {
  const { data: session } = useSession();

  useEffect(() => {
    if (session?.user) {
      window.heap.identify(session.user?.organizationId); // expect: non-unique-identity
    }
  }, [session]);

  return <span>{session?.user?.organizationName}</span>;
}
