import React, { createContext, useCallback, useContext, useState } from 'react';
import Heap from '@heap/react-native-heap';
import { api, User } from '../api';

interface AuthState {
  user: User | null;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: React.ReactNode }) {
  const [user, setUser] = useState<User | null>(null);

  const signIn = useCallback(async (email: string, password: string) => {
    const u = await api.login(email, password);
    setUser(u);
    Heap.identify(u.id);
    Heap.addUserProperties({ plan: u.plan, store: u.homeStoreName, orders: u.orderCount });
  }, []);

  const signOut = useCallback(async () => {
    await api.logout();
    setUser(null);
    Heap.resetIdentity();
  }, []);

  return <AuthContext.Provider value={{ user, signIn, signOut }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
