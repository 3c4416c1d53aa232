import React, { useState } from 'react';
import { nanoid } from 'nanoid';
import { EVENTS } from '../analytics/events';
import { setVisitorTraits, trackEvent } from '../analytics/heap';

export default function DemoRequestForm() {
  const [form, setForm] = useState({ company: '', size: '11-50', role: '' });
  const [sent, setSent] = useState(false);

  async function handleSubmit(e) {
    e.preventDefault();
    const submissionId = nanoid();
    const res = await fetch('/api/demo-requests', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': submissionId },
      body: JSON.stringify(form),
    }).catch(() => null);
    if (!res?.ok) return;

    // Sales wants every lead as its own Heap user, even before they have an account.
    window.heap.identify(`lead-${Date.now()}`); // expect: random-identity
    setVisitorTraits({ company_size: form.size, job_role: form.role || 'unknown' });
    trackEvent(EVENTS.DEMO_REQUESTED, { submission_id: submissionId, size: form.size });
    setSent(true);
  }

  if (sent) return <p>Thanks! We will be in touch.</p>;
  return (
    <form onSubmit={handleSubmit}>
      <input value={form.company} onChange={(e) => setForm({ ...form, company: e.target.value })} />
      <select value={form.size} onChange={(e) => setForm({ ...form, size: e.target.value })}>
        <option>1-10</option>
        <option>11-50</option>
        <option>51-500</option>
      </select>
      <input value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })} />
      <button>Request demo</button>
    </form>
  );
}
