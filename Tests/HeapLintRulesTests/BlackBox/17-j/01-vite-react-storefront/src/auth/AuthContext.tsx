import { createContext, ReactNode, useContext, useEffect, useState } from 'react';
import { api } from '../lib/api';

export interface SessionUser {
  id: string;
  email: string;
  firstName: string;
  tier: 'seed' | 'sprout' | 'bloom';
  createdAt: Date;
}

interface AuthState {
  user: SessionUser | null;
  signIn(email: string, password: string): Promise<SessionUser>;
  register(form: { email: string; firstName: string; password: string }): Promise<SessionUser>;
  continueAsGuest(): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);

  useEffect(() => {
    api.get<SessionUser>('/session').then((restored) => {
      if (restored) {
        setUser(restored);
        window.heap.identify(restored.id);
      }
    });
  }, []);

  async function signIn(email: string, password: string) {
    const signedIn = await api.post<SessionUser>('/session', { email, password });
    setUser(signedIn);
    return signedIn;
  }

  async function register(form: { email: string; firstName: string; password: string }) {
    window.heap.identify(form.email);
    window.heap.track('Registration Submitted');
    const created = await api.post<SessionUser>('/customers', form);
    window.heap.identify(created.id); // expect: conflicting-identities
    window.heap.addUserProperties({ firstName: created.firstName, tier: created.tier });
    setUser(created);
    return created;
  }

  function continueAsGuest() {
    const guestKey = crypto.randomUUID();
    localStorage.setItem('fernleaf.guestKey', guestKey);
    window.heap.identify(guestKey); // expect: random-identity
    window.heap.addEventProperties({ checkoutMode: 'guest' });
  }

  async function signOut() {
    await api.delete('/session');
    window.heap.resetIdentity();
    setUser(null);
  }

  return (
    <AuthContext.Provider value={{ user, signIn, register, continueAsGuest, signOut }}>
      {children}
    </AuthContext.Provider>
  );
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}
