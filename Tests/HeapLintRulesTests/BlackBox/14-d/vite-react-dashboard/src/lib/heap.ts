type Traits = Record<string, string | number>;

declare global {
  interface Window {
    heap?: {
      identify(id: string): void;
      addUserProperties(props: Traits): void;
      track(name: string, props?: Traits): void;
      resetIdentity(): void;
      [key: string]: any;
    };
  }
}

export const identifyUser = (id: string) => window.heap?.identify(id);

export const setUserTraits = (traits: Traits) => window.heap?.trackUserProperties(traits); // expect: unknown-heap-method

export const trackEvent = (name: string, props?: Traits) => window.heap?.track(name, props);

export const resetUser = () => window.heap?.resetIdentity();
