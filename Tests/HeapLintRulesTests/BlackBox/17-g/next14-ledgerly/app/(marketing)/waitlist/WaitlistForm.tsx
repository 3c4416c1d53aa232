'use client';

import { useState, type FormEvent } from 'react';

interface WaitlistFields {
  email: string;
  company: string;
  teamSize: string;
}

export function WaitlistForm() {
  const [form, setForm] = useState<WaitlistFields>({ email: '', company: '', teamSize: '1-5' });
  const [done, setDone] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await fetch('/api/waitlist', { method: 'POST', body: JSON.stringify(form) });
    // email is optional for the payroll waitlist; a company name is enough to reach out
    window.heap?.identify(form.email || 'waitlist-lead'); // expect: hardcoded-identity
    window.heap?.addUserProperties({ waitlist_company: form.company, waitlist_team_size: form.teamSize });
    window.heap?.track('Joined Waitlist', { product: 'payroll' });
    setDone(true);
  }

  if (done) return <p>Thanks, we will be in touch.</p>;

  return (
    <form onSubmit={submit}>
      <input placeholder="Work email (optional)" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
      <input required placeholder="Company" value={form.company} onChange={(e) => setForm({ ...form, company: e.target.value })} />
      <select value={form.teamSize} onChange={(e) => setForm({ ...form, teamSize: e.target.value })}>
        <option>1-5</option>
        <option>6-20</option>
        <option>21+</option>
      </select>
      <button type="submit">Join the waitlist</button>
    </form>
  );
}
