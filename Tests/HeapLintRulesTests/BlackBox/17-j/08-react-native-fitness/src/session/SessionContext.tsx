import React, { createContext, ReactNode, useContext, useEffect, useState } from 'react';
import AsyncStorage from '@react-native-async-storage/async-storage';
import NetInfo from '@react-native-community/netinfo';
import Heap from '@heap/react-native-heap';
import { analytics } from '../analytics/heap';
import { OFFLINE_USER } from '../analytics/constants';
import { api, Runner } from './api';

const CACHE_KEY = 'pacemate.runner';

interface Session {
  user: Runner | null;
  ready: boolean;
  setUser(user: Runner | null): void;
}

const SessionContext = createContext<Session>({ user: null, ready: false, setUser: () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUserState] = useState<Runner | null>(null);
  const [ready, setReady] = useState(false);

  const setUser = (next: Runner | null) => {
    setUserState(next);
    if (next) AsyncStorage.setItem(CACHE_KEY, JSON.stringify(next));
    else AsyncStorage.removeItem(CACHE_KEY);
  };

  useEffect(() => {
    (async () => {
      const net = await NetInfo.fetch();
      const cached = await AsyncStorage.getItem(CACHE_KEY);
      const cachedRunner: Runner | null = cached ? JSON.parse(cached) : null;

      if (!net.isConnected) {
        analytics.identify(cachedRunner?.id || OFFLINE_USER); // expect: hardcoded-identity
        setUserState(cachedRunner);
        setReady(true);
        return;
      }

      const fresh = await api.me().catch(() => null);
      Heap.identify(fresh?.id ?? 'none'); // expect: blocklisted-identity
      setUser(fresh);
      setReady(true);
    })();
  }, []);

  return <SessionContext.Provider value={{ user, ready, setUser }}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);
