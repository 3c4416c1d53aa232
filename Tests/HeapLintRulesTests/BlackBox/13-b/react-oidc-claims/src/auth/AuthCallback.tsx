import { useEffect } from 'react';
import { useAuth } from 'react-oidc-context';
import { useNavigate } from 'react-router-dom';

export function AuthCallback() {
  const auth = useAuth();
  const navigate = useNavigate();

  useEffect(() => {
    if (!auth.isAuthenticated || !auth.user) return;
    const claims = auth.user.profile;
    window.heap.identify(claims.sub);
    window.heap.addUserProperties({ emailDomain: (claims.email ?? '').split('@')[1] ?? '' });
    navigate('/');
  }, [auth.isAuthenticated, auth.user, navigate]);

  return <p>Signing you in…</p>;
}

export function ProfileBadge() {
  const auth = useAuth();

  useEffect(() => {
    if (auth.user?.profile.name) {
      window.heap.identify(auth.user!.profile.name!); // expect: non-unique-identity
    }
  }, [auth.user]);

  return <span>{auth.user?.profile.name}</span>;
}
