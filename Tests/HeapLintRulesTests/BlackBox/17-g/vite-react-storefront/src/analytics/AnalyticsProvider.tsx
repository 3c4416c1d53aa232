import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';

export type Traits = Record<string, unknown>;

export interface Analytics {
  identify: (userId: string) => void;
  setTraits: (traits: Traits) => void;
  track: (event: string, properties?: Traits) => void;
  reset: () => void;
}

const noop = () => {};

const AnalyticsContext = createContext<Analytics>({
  identify: noop,
  setTraits: noop,
  track: noop,
  reset: noop,
});

/**
 * Thin layer over the Heap global that index.html installs.
 * Components never touch window.heap directly.
 */
export function AnalyticsProvider({ children }: { children: ReactNode }) {
  const identify = useCallback((userId: string) => {
    window.heap?.identify(userId);
  }, []);

  const setTraits = useCallback((traits: Traits) => {
    window.heap?.addUserProperties(traits);
  }, []);

  const track = useCallback((event: string, properties: Traits = {}) => {
    window.heap?.track(event, { ...properties, app_version: import.meta.env.VITE_APP_VERSION });
  }, []);

  const reset = useCallback(() => {
    window.heap?.resetIdentity();
  }, []);

  const value = useMemo<Analytics>(
    () => ({ identify, setTraits, track, reset }),
    [identify, setTraits, track, reset],
  );

  return <AnalyticsContext.Provider value={value}>{children}</AnalyticsContext.Provider>;
}

export const useAnalytics = (): Analytics => useContext(AnalyticsContext);
