'use client';

import { useEffect } from 'react';
import { crmAnalytics } from '../../lib/analytics';

type Props = { user: { id: string; email: string; role: string; seats: number } };

export function IdentifyOnMount({ user }: Props) {
  useEffect(() => {
    crmAnalytics.identify(user);
    crmAnalytics.traits({ role: user.role, seats: user.seats });
    (window as any).analytics?.identify(user.id, { email: user.email, role: user.role });
  }, [user]);
  return null;
}
