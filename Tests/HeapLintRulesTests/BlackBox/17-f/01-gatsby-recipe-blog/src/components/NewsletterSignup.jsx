import React, { useState } from 'react';
import { setReaderTraits } from '../utils/analytics';

export default function NewsletterSignup({ source = 'footer' }) {
  const [email, setEmail] = useState('');
  const [status, setStatus] = useState('idle');

  async function handleSubmit(event) {
    event.preventDefault();
    setStatus('sending');
    const res = await fetch('/.netlify/functions/subscribe', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, source }),
    });
    if (!res.ok) {
      setStatus('error');
      return;
    }
    setStatus('done');
    setReaderTraits({ newsletter: 'weekly', newsletter_source: source });
    window.heap?.track('Newsletter Subscribed', { source });
  }

  if (status === 'done') {
    return <p className="newsletter__thanks">Check your inbox to confirm. Thanks!</p>;
  }

  return (
    <form className="newsletter" onSubmit={handleSubmit}>
      <label htmlFor="nl-email">One email a week, three recipes.</label>
      <input
        id="nl-email"
        type="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        placeholder="you@example.com"
      />
      <button type="submit" disabled={status === 'sending'}>
        {status === 'sending' ? 'Signing you up…' : 'Subscribe'}
      </button>
      {status === 'error' && <p role="alert">Something went wrong. Try again?</p>}
    </form>
  );
}
