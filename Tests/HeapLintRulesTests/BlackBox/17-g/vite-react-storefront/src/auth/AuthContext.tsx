import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../api/client';

export interface Shopper {
  id: string;
  email: string;
  firstName: string;
  plan: 'standard' | 'plus';
  createdAt: string;
  marketingOptIn: boolean;
}

interface AuthState {
  user: Shopper | null;
  loading: boolean;
  signIn: (email: string, password: string) => Promise<Shopper>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Shopper | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    api
      .get<Shopper>('/me')
      .then(setUser)
      .catch(() => setUser(null))
      .finally(() => setLoading(false));
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const shopper = await api.post<Shopper>('/sessions', { email, password });
    setUser(shopper);
    return shopper;
  }, []);

  const signOut = useCallback(async () => {
    await api.delete('/sessions/current');
    setUser(null);
  }, []);

  return <AuthContext.Provider value={{ user, loading, signIn, signOut }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}
