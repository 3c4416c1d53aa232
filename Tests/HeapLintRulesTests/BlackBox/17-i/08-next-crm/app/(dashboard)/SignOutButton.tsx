'use client';

import { crmAnalytics } from '../../lib/analytics';

export function SignOutButton() {
  async function signOut() {
    await fetch('/api/session', { method: 'DELETE' });
    crmAnalytics.reset();
    window.location.assign('/login');
  }
  return <button onClick={signOut}>Sign out</button>;
}
