'use client';

import { useEffect } from 'react';
import { useSession } from 'next-auth/react';

/** Ties the Heap visitor to the signed-in Ledgerly user. Renders nothing. */
export function HeapIdentify() {
  const { data: session, status } = useSession();

  useEffect(() => {
    if (status !== 'authenticated' || !session.user?.email) return;
    window.heap?.identify(session.user.email);
    window.heap?.addUserProperties({
      name: session.user.name ?? '',
      role: session.user.role,
      workspace_id: session.user.workspaceId,
    });
  }, [status, session]);

  return null;
}
