import { useState } from 'react';
import { identifyUser, setUserProperties, syncBillingProfile, trackEvent } from '../analytics/heap';

export function WorkspaceSwitcher({ user, workspaces, current, onSwitch }) {
  const [busy, setBusy] = useState(false);

  async function switchTo(org) {
    if (org.id === current.id) return;
    setBusy(true);
    try {
      await onSwitch(org.id);
      identifyUser(org.id); // expect: non-unique-identity
      setUserProperties({ org_id: org.id, org_name: org.name, org_role: org.membership.role });
      syncBillingProfile(org.subscription);
      trackEvent('Workspace Switched', { from: current.id, to: org.id });
    } finally {
      setBusy(false);
    }
  }

  function refreshIdentity() {
    // Re-identify the person (not the workspace) after an SSO re-login.
    identifyUser(user.id);
  }

  return (
    <div className="workspace-switcher">
      <ul>
        {workspaces.map((org) => (
          <li key={org.id}>
            <button disabled={busy} onClick={() => switchTo(org)}>
              {org.name}
            </button>
          </li>
        ))}
      </ul>
      <button onClick={refreshIdentity}>Refresh session</button>
    </div>
  );
}
