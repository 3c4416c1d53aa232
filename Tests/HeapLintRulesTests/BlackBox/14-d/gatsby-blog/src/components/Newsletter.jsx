import React, { useState } from 'react';

export default function Newsletter() {
  const [email, setEmail] = useState('');
  const [done, setDone] = useState(false);

  const subscribe = async (e) => {
    e.preventDefault();
    await fetch('/.netlify/functions/subscribe', { method: 'POST', body: JSON.stringify({ email }) });
    if (window.heap) {
      window.heap.identify(email);
      window.heap.addUserProperties({ newsletter: 'weekly', subscribedAt: new Date() }); // expect: user-property-value
    }
    setDone(true);
  };

  if (done) return <p>Thanks for subscribing!</p>;
  return (
    <form onSubmit={subscribe}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      <button type="submit">Subscribe</button>
    </form>
  );
}
