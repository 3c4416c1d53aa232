import { FormEvent, useState } from 'react';
import { useRouter } from 'next/router';
import { identifyUser, setUserTraits, trackEvent } from '../lib/analytics/heap';
import { segmentIdentify } from '../lib/analytics/segment';

async function hashEmail(email: string): Promise<string> {
  const bytes = new TextEncoder().encode(email.trim().toLowerCase());
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export default function LoginPage() {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const res = await fetch('/api/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Request-Id': crypto.randomUUID() },
        body: JSON.stringify({ email, password }),
      });
      if (!res.ok) throw new Error(`login failed: ${res.status}`);
      const { user } = await res.json();
      identifyUser(user.id);
      setUserTraits({ email_hash: await hashEmail(user.email), plan: user.plan ?? 'free' });
      trackEvent('Logged In', { method: 'password' });
      await segmentIdentify(user.id, { email: user.email });
      router.push((router.query.next as string) || '/account');
    } catch (err) {
      setError('Email or password is wrong.');
      trackEvent('Login Failed', { reason: String(err) });
    }
  }

  function continueAsGuest() {
    identifyUser('guest'); // expect: blocklisted-identity
    trackEvent('Guest Checkout Chosen');
    router.push('/checkout');
  }

  return (
    <form onSubmit={onSubmit}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      {error && <p role="alert">{error}</p>}
      <button type="submit">Sign in</button>
      <button type="button" onClick={continueAsGuest}>
        Continue as guest
      </button>
    </form>
  );
}
