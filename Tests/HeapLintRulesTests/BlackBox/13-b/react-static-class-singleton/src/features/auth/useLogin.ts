import { useCallback } from 'react';
import { Analytics, analytics } from '../../lib/Analytics';
import { signIn, signOut } from '../../lib/api';

export function useLogin() {
  const login = useCallback(async (email: string, password: string) => {
    const user = await signIn(email, password);
    Analytics.identify(user.email);
    analytics.traits({ signupSource: user.source, teamSize: user.teamSize });
    return user;
  }, []);

  const logout = useCallback(async () => {
    analytics.clear();
    await signOut();
  }, []);

  const resume = useCallback((cached: { email?: string } | null) => {
    Analytics.identify(cached?.email || ''); // expect: blocklisted-identity
  }, []);

  return { login, logout, resume };
}
