import { useEffect } from 'react';
import type { Flags, Preferences, User } from '../types';

const heap = () => (window as any).heap;

export function useHeapTraits(user: User | null, flags: Flags, prefs: Preferences) {
  useEffect(() => {
    if (!user) return;

    heap().addUserProperties({ beta: flags.has('beta-dashboard') }); // expect: user-property-value
    heap().addUserProperties({ tags: user.tags.map((t) => t.name) }); // expect: user-property-value
    heap().addUserProperties({ admin: !!user.isAdmin }); // expect: user-property-value
    heap().addUserProperties({ verified: Boolean(user.verifiedAt) }); // expect: user-property-value
    heap().addUserProperties({ touch: 'ontouchstart' in window }); // expect: user-property-value
    heap().addUserProperties({ active: user.status === 'active' }); // expect: user-property-value
    heap().addUserProperties({ prefKeys: Object.keys(prefs) }); // expect: user-property-value

    heap().addUserProperties({ prefCount: Object.keys(prefs).length, plan: user.plan });
    heap().addUserProperties({ createdAt: user.createdAt.toISOString() });
    heap().addUserProperties({ status: user.status, tagList: user.tags.map((t) => t.name).join(',') });
    heap().addUserProperties({ betaFlag: flags.has('beta-dashboard') ? 'on' : 'off' });
  }, [user, flags, prefs]);
}
