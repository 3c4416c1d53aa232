import { useCallback } from 'react';

declare global {
  interface Window {
    heap?: {
      identify(identity: string): void;
      addUserProperties(props: Record<string, string | number>): void;
      track(event: string, props?: Record<string, string | number>): void;
    };
  }
}

export function useHeap() {
  const identify = useCallback((identity: string) => {
    window.heap?.identify(identity);
  }, []);

  const addUserProperties = useCallback((props: Record<string, string | number>) => {
    window.heap?.addUserProperties(props);
  }, []);

  const track = useCallback((event: string, props?: Record<string, string | number>) => {
    window.heap?.track(event, props);
  }, []);

  return { identify, addUserProperties, track };
}
