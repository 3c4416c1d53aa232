declare global {
  interface Window {
    heap: {
      identify(id: string): void;
      track(event: string, props?: Record<string, unknown>): void;
      addEventProperties(props: Record<string, unknown>): void;
      addUserProperties(props: Record<string, unknown>): void;
    };
  }
}

export const identifyVisitor = (id: string) => window.heap.identify(id);

export const trackEvent = (event: string, props?: Record<string, unknown>) => window.heap.track(event, props);
