import { useCallback } from 'react';

export function useHeap() {
  const identify = useCallback((identity: string) => {
    window.heap?.identify(identity);
  }, []);
  const addUserProperties = useCallback((props: Record<string, string | number>) => {
    window.heap?.addUserProperties(props);
  }, []);
  return { identify, addUserProperties };
}
