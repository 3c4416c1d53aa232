import React, { useState } from 'react';
import { navigate } from 'gatsby';
import { EVENTS } from '../analytics/events';

async function postLogin(body) {
  const res = await fetch('/api/session', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const { message = 'Login failed' } = await res.json().catch(() => ({}));
    throw new Error(message);
  }
  return res.json();
}

export default function LoginPage() {
  const [form, setForm] = useState({ email: '', password: '' });
  const [error, setError] = useState(null);

  const submit = async (e) => {
    e.preventDefault();
    setError(null);
    const email = form.email.trim().toLowerCase();
    // attribute the attempt to the person before the API answers
    window.heap?.identify(email);
    try {
      const { user } = await postLogin({ ...form, email });
      window.heap?.identify(user.id); // expect: conflicting-identities
      window.heap?.track(EVENTS.LOGIN, { method: 'password' });
      navigate('/account');
    } catch (err) {
      window.heap?.track('Login Failed', { reason: err.message });
      setError(err.message);
    }
  };

  return (
    <form onSubmit={submit}>
      <input value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
      <input
        type="password"
        value={form.password}
        onChange={(e) => setForm({ ...form, password: e.target.value })}
      />
      {error && <p role="alert">{error}</p>}
      <button>Sign in</button>
    </form>
  );
}
