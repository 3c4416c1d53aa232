import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';

type UserProps = Record<string, unknown>;

export interface AnalyticsApi {
  identify: (id: string) => void;
  setUserProps: (props: UserProps) => void;
  track: (event: string, props?: UserProps) => void;
  reset: () => void;
}

declare global {
  interface Window {
    heap?: any;
  }
}

const AnalyticsContext = createContext<AnalyticsApi | null>(null);

export function AnalyticsProvider({ children }: { children: ReactNode }) {
  const identify = useCallback((id: string) => {
    window.heap?.identify(id);
  }, []);

  const setUserProps = useCallback((props: UserProps) => {
    window.heap?.addUserProperties(props);
  }, []);

  const track = useCallback((event: string, props?: UserProps) => {
    window.heap?.track(event, props);
  }, []);

  const reset = useCallback(() => {
    window.heap?.resetIdentity();
  }, []);

  const value = useMemo(
    () => ({ identify, setUserProps, track, reset }),
    [identify, setUserProps, track, reset],
  );

  return <AnalyticsContext.Provider value={value}>{children}</AnalyticsContext.Provider>;
}

export function useAnalytics(): AnalyticsApi {
  const ctx = useContext(AnalyticsContext);
  if (!ctx) {
    throw new Error('useAnalytics must be used inside <AnalyticsProvider>');
  }
  return ctx;
}
