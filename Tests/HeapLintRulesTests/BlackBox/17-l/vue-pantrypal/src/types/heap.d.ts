export {};

interface HeapApi {
  appid?: string;
  userId?: string;
  load(appId: string, config?: Record<string, unknown>): void;
  identify(identity: string): void;
  resetIdentity(): void;
  track(event: string, properties?: Record<string, string | number>): void;
  addUserProperties(properties: Record<string, unknown>): void;
  addEventProperties(properties: Record<string, string | number>): void;
  push(args: unknown[]): number;
  [method: string]: any;
}

declare global {
  interface Window {
    heap: HeapApi;
    Intercom?: (...args: unknown[]) => void;
  }
}

declare module '@vue/runtime-core' {
  interface ComponentCustomProperties {
    $heap: HeapApi;
  }
}
