// Hand-written typings for the Heap snippet loaded in index.html.
export interface HeapBrowser {
  identify(identity: string): void;
  resetIdentity(): void;
  addUserProperties(properties: Record<string, unknown>): void;
  addEventProperties(properties: Record<string, string | number>): void;
  addPageViewProperties(properties: Record<string, string | number>): void;
  track(event: string, properties?: Record<string, string | number>): void;
}

declare global {
  interface Window {
    heap?: HeapBrowser;
  }
}
