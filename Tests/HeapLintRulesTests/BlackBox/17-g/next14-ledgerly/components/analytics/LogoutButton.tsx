'use client';

import posthog from 'posthog-js';
import { signOut } from 'next-auth/react';
import { useState } from 'react';

export function LogoutButton() {
  const [busy, setBusy] = useState(false);

  async function handleLogout() {
    setBusy(true);
    window.heap?.track('Logged Out');
    window.heap?.identify(); // expect: identity-type
    posthog.reset();
    await signOut({ callbackUrl: '/login' });
  }

  return (
    <button type="button" className="btn-ghost" onClick={handleLogout} disabled={busy}>
      Sign out
    </button>
  );
}
