import { useCallback } from 'react';

// Passes every argument on, however many: callers' arguments are Heap's.
export function useHeap() {
  const identify = useCallback((...args) => window.heap?.identify(...args), []);
  const resetIdentity = useCallback(() => window.heap?.resetIdentity(), []);
  return { identify, resetIdentity };
}
