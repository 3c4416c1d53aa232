import React, { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useAnalytics } from '../analytics/AnalyticsProvider';
import { createAccount, type Account } from '../api/accounts';

export default function Signup() {
  const { identify, setUserProperties, track } = useAnalytics();
  const [company, setCompany] = useState('');
  const [email, setEmail] = useState('');

  const mutation = useMutation({
    mutationFn: createAccount,
    onSuccess: (account: Account) => {
      identify(account.owner.email);
      setUserProperties({ company: account.name, employees: account.size });
      track('Signed Up', { referrer: document.referrer });
    },
  });

  return (
    <form onSubmit={(e) => { e.preventDefault(); mutation.mutate({ company, email }); }}>
      <input value={company} onChange={(e) => setCompany(e.target.value)} placeholder="Company" />
      <input value={email} onChange={(e) => setEmail(e.target.value)} placeholder="Work email" type="email" />
      <button type="submit" disabled={mutation.isPending}>Create account</button>
    </form>
  );
}
