import React, { useEffect, useState } from 'react';

export default function NewsletterSignup() {
  const [email, setEmail] = useState('');

  useEffect(() => {
    // Give every reader a handle so repeat visits group together.
    if (window.heap && !window.heap.identity) {
      window.heap.identify(Math.random().toString(36).slice(2)); // expect: random-identity
    }
  }, []);

  const subscribe = async (e) => {
    e.preventDefault();
    await fetch('/.netlify/functions/subscribe', { method: 'POST', body: JSON.stringify({ email }) });
    window.heap.identify(email);
    window.heap.addUserProperties({ newsletter: 'subscribed' });
  };

  return (
    <form onSubmit={subscribe}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} type="email" />
      <button type="submit">Subscribe</button>
    </form>
  );
}
