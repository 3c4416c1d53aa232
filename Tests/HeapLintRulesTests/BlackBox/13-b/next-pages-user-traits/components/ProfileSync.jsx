import { useEffect } from 'react';
import { identify, setTraits } from '../lib/heap';

export default function ProfileSync({ user }) {
  useEffect(() => {
    if (!user) return;
    identify(user.email);
    setTraits({ roles: user.roles.join(','), signedUpAt: new Date(user.createdAt).toISOString() });
    setTraits({ integrationCount: user.integrations.filter((i) => i.active).length });
    setTraits({ ...user.customTraits });
    setTraits({ hasTeam: 'teamId' in user }); // expect: user-property-value
    setTraits({ integrations: user.integrations.filter((i) => i.active) }); // expect: user-property-value
    setTraits({ onTrial: !user.paid }); // expect: user-property-value
  }, [user]);

  return null;
}
