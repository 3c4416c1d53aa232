interface HeapBrowser {
  identify(identity: string, ...rest: unknown[]): void;
  resetIdentity(): void;
  reset(): void;
  addUserProperties(properties: Record<string, unknown>): void;
  addEventProperties(properties: Record<string, string | number>): void;
  track(event: string, properties?: Record<string, string | number>): void;
}

declare global {
  // set by the snippet in routes/_app.tsx
  var heap: HeapBrowser | undefined;
}

export {};
