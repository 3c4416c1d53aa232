import { createContext, ReactNode, useContext } from 'react';

type Props = Record<string, string | number>;

export interface HeapClient {
  identify(identity: string): void;
  resetIdentity(): void;
  addUserProperties(props: Props): void;
  addEventProperties(props: Props): void;
  track(event: string, props?: Props): void;
}

declare global {
  interface Window {
    // The snippet in index.html creates this; until heap.js arrives it is an array with stub methods.
    heap: any;
  }
}

export const HeapContext = createContext<HeapClient>(window.heap);

export function HeapProvider({ children }: { children: ReactNode }) {
  return <HeapContext.Provider value={window.heap}>{children}</HeapContext.Provider>;
}

export function useHeapClient(): HeapClient {
  return useContext(HeapContext);
}
