// Minimal typing for the Heap global that the snippet in _document.tsx creates.
export {};

type HeapProps = Record<string, string | number>;

interface HeapApi {
  appid?: string;
  userId?: string;
  loaded?: boolean;
  load(appId: string, options?: Record<string, unknown>): void;
  identify(identity: string): void;
  resetIdentity(): void;
  track(event: string, properties?: HeapProps): void;
  addUserProperties(properties: HeapProps): void;
  addEventProperties(properties: HeapProps): void;
  addAccountProperties(properties: HeapProps): void;
  removeEventProperty(name: string): void;
  clearEventProperties(): void;
}

declare global {
  interface Window {
    heap?: HeapApi;
  }
}
