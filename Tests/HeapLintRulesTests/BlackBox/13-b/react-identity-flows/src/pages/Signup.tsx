import { useState } from 'react';
import { identifyUser } from '../analytics/identifyUser';
import { createAccount } from '../lib/api';

export default function Signup() {
  const [email, setEmail] = useState('');

  async function submit() {
    identifyUser({ id: email });
    const created = await createAccount(email);
    identifyUser({ id: created.id }); // expect: conflicting-identities
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      <button>Create account</button>
    </form>
  );
}
