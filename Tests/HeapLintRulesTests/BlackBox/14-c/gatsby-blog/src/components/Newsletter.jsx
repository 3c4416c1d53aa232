import React, { useState } from 'react';

export default function Newsletter() {
  const [email, setEmail] = useState('');

  const onSubmit = async (e) => {
    e.preventDefault();
    await fetch('/.netlify/functions/subscribe', { method: 'POST', body: JSON.stringify({ email }) });
    window.heap.identify(email);
    window.heap.addUserProperties({ newsletter: true }); // expect: user-property-value
    window.heap.addUserProperties({ 'Newsletter Source': 'footer' });
  };

  return (
    <form onSubmit={onSubmit}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="submit">Subscribe</button>
    </form>
  );
}
