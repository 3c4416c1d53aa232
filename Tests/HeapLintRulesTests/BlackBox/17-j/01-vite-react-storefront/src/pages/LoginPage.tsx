import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useHeap } from '../analytics/useHeap';
import { EVENTS } from '../analytics/constants';
import { identifyForMarketing } from '../lib/segment';

export default function LoginPage() {
  const { signIn, continueAsGuest } = useAuth();
  const { identifyUser, setUserProps, trackEvent } = useHeap();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    try {
      const user = await signIn(email, password);
      identifyUser(user.id);
      setUserProps({ email: user.email, loyaltyTier: user.tier });
      trackEvent(EVENTS.signedIn, { method: 'password' });
      identifyForMarketing(user.id, user.email);
      navigate('/account');
    } catch (err) {
      setError('That email and password did not match.');
      trackEvent('Sign In Failed');
    }
  }

  return (
    <form onSubmit={onSubmit} className="login">
      <h1>Welcome back</h1>
      {error && <p role="alert">{error}</p>}
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit">Sign in</button>
      <button
        type="button"
        onClick={() => {
          continueAsGuest();
          navigate('/');
        }}
      >
        Keep browsing as a guest
      </button>
    </form>
  );
}
