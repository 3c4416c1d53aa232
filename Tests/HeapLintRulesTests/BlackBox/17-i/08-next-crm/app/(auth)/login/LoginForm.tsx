'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useHeap } from '../../../components/analytics/HeapProvider';
import { signIn } from './actions';

export function LoginForm() {
  const router = useRouter();
  const heapClient = useHeap();
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(formData: FormData) {
    const res = await signIn(formData);
    if (!res.ok) {
      setError(res.error);
      heapClient?.track('Login Form Error');
      return;
    }
    heapClient?.identify(res.user.email);
    heapClient?.addUserProperties({ name: res.user.name });
    if (res.user.legacyId) {
      heapClient?.identify(res.user.legacyId); // expect: conflicting-identities
    }
    router.push('/deals');
  }

  return (
    <form action={onSubmit} className="login">
      <input name="email" type="email" autoComplete="email" required />
      <input name="password" type="password" autoComplete="current-password" required />
      {error ? <p role="alert">{error}</p> : null}
      <button type="submit">Sign in</button>
    </form>
  );
}
