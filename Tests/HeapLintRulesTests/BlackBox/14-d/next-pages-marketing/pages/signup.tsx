import { useState, FormEvent } from 'react';
import { v4 as uuidv4 } from 'uuid';

export default function Signup() {
  const [email, setEmail] = useState('');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const res = await fetch('/api/signup', { method: 'POST', body: JSON.stringify({ email }) });
    if (res.ok) {
      const data = await res.json();
      window.heap?.identify(email);
      window.heap?.addUserProperties({ signupSource: 'marketing-site' });
      window.heap?.identify(data.user.id); // expect: conflicting-identities
    }
  }

  function startDemo() {
    const tempId = uuidv4();
    window.heap?.identify(tempId); // expect: random-identity
    window.heap?.track('Demo Started');
  }

  return (
    <form onSubmit={onSubmit}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="submit">Create account</button>
      <button type="button" onClick={startDemo}>Try the demo</button>
    </form>
  );
}
