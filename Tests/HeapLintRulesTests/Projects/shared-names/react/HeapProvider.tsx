import { createContext, useContext, type ReactNode } from 'react';

const HeapContext = createContext<any>(undefined);

export function HeapProvider({ children }: { children: ReactNode }) {
  const value = typeof window === 'undefined' ? undefined : (window as any).heap;
  return <HeapContext.Provider value={value}>{children}</HeapContext.Provider>;
}

export function useHeap() {
  return useContext(HeapContext);
}
