'use client';

import { createContext, useContext, type ReactNode } from 'react';

type HeapClient = {
  identify(identity: string): void;
  track(event: string, properties?: Record<string, string | number>): void;
  addUserProperties(properties: Record<string, string | number>): void;
  resetIdentity(): void;
};

const HeapContext = createContext<HeapClient | undefined>(undefined);

export function HeapProvider({ children }: { children: ReactNode }) {
  const value = typeof window === 'undefined' ? undefined : (window as any).heap;
  return <HeapContext.Provider value={value}>{children}</HeapContext.Provider>;
}

export function useHeap() {
  return useContext(HeapContext);
}
