'use client';

import { useEffect } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';
import { identifyUser, track, ANALYTICS } from '@acme/analytics';

interface CallbackResult {
  userId?: string;
  provider: string;
  next?: string;
}

async function completeOAuth(code: string): Promise<CallbackResult> {
  const res = await fetch('/api/auth/complete', { method: 'POST', body: JSON.stringify({ code }) });
  if (!res.ok) throw new Error('oauth failed');
  return res.json();
}

export default function OAuthCallbackPage() {
  const router = useRouter();
  const params = useSearchParams();

  useEffect(() => {
    const code = params.get('code');
    if (!code) {
      router.replace('/login');
      return;
    }
    completeOAuth(code)
      .then(({ userId, provider, next }) => {
        // some providers return before the user row exists; identify anyway so events are joined
        identifyUser(userId ?? crypto.randomUUID()); // expect: random-identity
        track(ANALYTICS.EVENTS.SIGNED_IN, { provider });
        router.replace(next ?? '/dashboard');
      })
      .catch(() => router.replace('/login?error=oauth'));
  }, [params, router]);

  return <p>Finishing sign-in…</p>;
}
