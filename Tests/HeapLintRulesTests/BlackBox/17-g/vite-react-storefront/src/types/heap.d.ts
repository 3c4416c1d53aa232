export {};

type HeapProperties = Record<string, unknown>;

interface HeapApi {
  load(envId: string, config?: Record<string, unknown>): void;
  identify(identity: string): void;
  resetIdentity(): void;
  track(event: string, properties?: HeapProperties): void;
  addUserProperties(properties: HeapProperties): void;
  addEventProperties(properties: HeapProperties): void;
  userId?: string;
}

declare global {
  interface Window {
    heap?: HeapApi;
  }
}
