import React, { createContext, useContext, useMemo } from 'react';

type HeapApi = {
  identify(id: string): void;
  addUserProperties(props: Record<string, string | number>): void;
  resetIdentity(): void;
  track(event: string, props?: Record<string, string | number>): void;
};

type Analytics = {
  identify: (id: string) => void;
  setUserProps: (props: Record<string, any>) => void;
  trackEvent: (event: string, props?: Record<string, string | number>) => void;
  reset: () => void;
};

const AnalyticsContext = createContext<Analytics | null>(null);

export function AnalyticsProvider({ children }: { children: React.ReactNode }) {
  const value = useMemo<Analytics>(() => {
    const heap = (window as any).heap as HeapApi;
    return {
      identify: (id: string) => heap.identify(id),
      setUserProps: (props) => heap.addUserProperties(props),
      trackEvent: (event, props) => heap.track(event, props),
      reset: () => heap.resetIdentity(),
    };
  }, []);

  return <AnalyticsContext.Provider value={value}>{children}</AnalyticsContext.Provider>;
}

export function useAnalytics(): Analytics {
  const ctx = useContext(AnalyticsContext);
  if (!ctx) {
    throw new Error('useAnalytics must be used inside <AnalyticsProvider>');
  }
  return ctx;
}
