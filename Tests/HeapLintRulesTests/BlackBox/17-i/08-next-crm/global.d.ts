export {};

declare global {
  interface Window {
    heap?: {
      identify(identity: string, ...rest: unknown[]): void;
      track(event: string, properties?: Record<string, string | number>): void;
      addUserProperties(properties: Record<string, string | number>): void;
      resetIdentity(): void;
    };
  }
}
