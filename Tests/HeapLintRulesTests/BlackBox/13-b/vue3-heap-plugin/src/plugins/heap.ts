import type { App, InjectionKey } from 'vue';

export interface HeapClient {
  identify(identity: string): void;
  addUserProperties(props: Record<string, unknown>): void;
  track(event: string, props?: Record<string, unknown>): void;
  resetIdentity(): void;
}

export const HeapKey: InjectionKey<HeapClient> = Symbol('heap');

declare module 'vue' {
  interface ComponentCustomProperties {
    $heap: HeapClient;
  }
}

export default {
  install(app: App) {
    const heap = (window as any).heap as HeapClient;
    app.config.globalProperties.$heap = heap;
    app.provide(HeapKey, heap);
  },
};
