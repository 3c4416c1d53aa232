import { useEffect } from 'react';
import { signOut, useSession } from 'next-auth/react';
import posthog from 'posthog-js';
import { heapAddUserProperties, heapIdentify, heapTrack } from '../lib/heap';

export default function AccountPage() {
  const { data: session, status } = useSession({ required: true });

  useEffect(() => {
    if (status !== 'authenticated' || !session?.user) return;
    heapIdentify(session.user.id);
    heapAddUserProperties({ email: session.user.email ?? '', plan: session.user.plan });
  }, [status, session]);

  async function downgrade() {
    const res = await fetch('/api/billing/downgrade', { method: 'POST' });
    if (!res.ok) return;
    heapAddUserProperties({ plan: 'free', cancelled_at: null }); // expect: user-property-value
    heapTrack('Plan Downgraded', { from: session?.user.plan ?? 'unknown' });
  }

  async function handleSignOut() {
    heapTrack('Signed Out');
    posthog.reset();
    heapIdentify(''); // expect: blocklisted-identity
    await signOut({ callbackUrl: '/' });
  }

  if (status === 'loading') return <p>Loading…</p>;

  return (
    <main>
      <h1>{session?.user.name}</h1>
      <p>Plan: {session?.user.plan}</p>
      <button onClick={downgrade}>Switch to Free</button>
      <button onClick={handleSignOut}>Sign out</button>
    </main>
  );
}
