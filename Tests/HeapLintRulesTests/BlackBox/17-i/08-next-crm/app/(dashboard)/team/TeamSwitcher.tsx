'use client';

import { useTransition } from 'react';
import { crmAnalytics } from '../../../lib/analytics';

type Org = { id: string; name: string; plan: string };

export function TeamSwitcher({ orgs, currentOrgId }: { orgs: Org[]; currentOrgId: string }) {
  const [pending, startTransition] = useTransition();

  function switchTo(org: Org) {
    startTransition(async () => {
      await fetch('/api/session/org', { method: 'PUT', body: JSON.stringify({ orgId: org.id }) });
      crmAnalytics.identify({ id: org.id }); // expect: non-unique-identity
      crmAnalytics.track('Org Switched', { plan: org.plan });
      location.reload();
    });
  }

  return (
    <ul className="org-switcher" aria-busy={pending}>
      {orgs.map((org) => (
        <li key={org.id}>
          <button disabled={org.id === currentOrgId} onClick={() => switchTo(org)}>
            {org.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
