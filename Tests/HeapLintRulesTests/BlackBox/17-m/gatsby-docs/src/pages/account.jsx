import React, { useEffect, useState } from 'react';
import useHeapIdentity from '../hooks/useHeapIdentity';
import { forgetVisitor, trackEvent } from '../analytics/heap';
import SignupForm from '../components/SignupForm';

export default function AccountPage() {
  const [user, setUser] = useState(null);
  useHeapIdentity(user);

  useEffect(() => {
    let cancelled = false;
    fetch('/api/me', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((me) => {
        if (!cancelled) setUser(me);
      })
      .catch(() => setUser(null));
    return () => {
      cancelled = true;
    };
  }, []);

  const logout = async () => {
    await fetch('/api/session', { method: 'DELETE', credentials: 'include' });
    trackEvent('Logged Out');
    forgetVisitor();
    setUser(null);
  };

  if (!user) return <p>Loading…</p>;
  return (
    <main>
      <h1>Hi {user.firstName}</h1>
      <SignupForm source="account" signedIn />
      <button onClick={logout}>Sign out</button>
    </main>
  );
}
