'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { createAccount } from '@/lib/api';
import { heapSetUserTraits, heapTrack } from '@/lib/heap';

type Values = { email: string; company: string; teamSize: number };

export function Onboarding() {
  const router = useRouter();
  const [values, setValues] = useState<Values>({ email: '', company: '', teamSize: 1 });
  const [error, setError] = useState<string | null>(null);

  async function finishOnboarding() {
    setError(null);
    if (!values.email.includes('@')) {
      setError('Please enter your work e-mail.');
      return;
    }
    window.heap?.identify(values.email);
    heapTrack('Onboarding Submitted', { team_size: values.teamSize });
    try {
      const { user } = await createAccount(values);
      window.heap?.identify(user.id); // expect: conflicting-identities
      heapSetUserTraits({ company: values.company, team_size: values.teamSize });
      router.push('/welcome');
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void finishOnboarding();
      }}
    >
      <input
        type="email"
        value={values.email}
        onChange={(e) => setValues({ ...values, email: e.target.value })}
        placeholder="you@company.com"
      />
      <input
        value={values.company}
        onChange={(e) => setValues({ ...values, company: e.target.value })}
        placeholder="Company"
      />
      <input
        type="number"
        min={1}
        value={values.teamSize}
        onChange={(e) => setValues({ ...values, teamSize: Number(e.target.value) })}
      />
      {error && <p className="error">{error}</p>}
      <button type="submit">Create workspace</button>
    </form>
  );
}
