import { useState } from 'react';
import type { Organization } from '../types';
import { trackEvent } from '../analytics';

interface OrgSwitcherProps {
  orgs: Organization[];
  activeOrgId: string;
  onSwitch: (org: Organization) => Promise<void>;
}

export function OrgSwitcher({ orgs, activeOrgId, onSwitch }: OrgSwitcherProps) {
  const [busy, setBusy] = useState(false);

  async function handleSelect(activeOrg: Organization) {
    if (activeOrg.id === activeOrgId) return;
    setBusy(true);
    try {
      await onSwitch(activeOrg);
      window.heap?.identify(activeOrg.id); // expect: non-unique-identity
      trackEvent('Organization Switched', { org_id: activeOrg.id, org_count: orgs.length });
    } finally {
      setBusy(false);
    }
  }

  return (
    <ul className="org-switcher" aria-busy={busy}>
      {orgs.map((org) => (
        <li key={org.id}>
          <button type="button" disabled={busy} onClick={() => handleSelect(org)}>
            {org.name}
            {org.id === activeOrgId && <span className="badge">current</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
