import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAnalytics } from '../../analytics/AnalyticsProvider';
import { login } from '../../api/auth';

export function LoginForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const { identify, setUserProps, track } = useAnalytics();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    try {
      const user = await login(email, password);
      identify(user.email);
      setUserProps({ plan: user.plan, seats: user.seatCount });
      track('Logged In', { method: 'password' });
      navigate('/dashboard');
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <form onSubmit={onSubmit}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      {error && <p role="alert">{error}</p>}
      <button type="submit">Sign in</button>
    </form>
  );
}
