import React, { createContext, useContext, useMemo, type ReactNode } from 'react';

type Props = Record<string, string | number>;

declare global {
  interface Window {
    heap: {
      identify(identity: string): void;
      resetIdentity(): void;
      addUserProperties(props: Props): void;
      track(event: string, props?: Props): void;
    };
  }
}

export interface Analytics {
  identify: (identity: string) => void;
  setUserProperties: (props: Props) => void;
  track: (event: string, props?: Props) => void;
  reset: () => void;
}

const AnalyticsContext = createContext<Analytics | null>(null);

export function AnalyticsProvider({ children }: { children: ReactNode }) {
  const value = useMemo<Analytics>(
    () => ({
      identify: (identity) => window.heap.identify(identity),
      setUserProperties: (props) => window.heap.addUserProperties(props),
      track: (event, props) => window.heap.track(event, props),
      reset: () => window.heap.resetIdentity(),
    }),
    [],
  );

  return <AnalyticsContext.Provider value={value}>{children}</AnalyticsContext.Provider>;
}

export function useAnalytics(): Analytics {
  const ctx = useContext(AnalyticsContext);
  if (!ctx) {
    throw new Error('useAnalytics must be used inside <AnalyticsProvider>');
  }
  return ctx;
}
