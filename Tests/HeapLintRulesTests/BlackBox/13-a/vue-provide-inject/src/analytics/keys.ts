import type { InjectionKey } from 'vue';

export interface HeapApi {
  identify(identity: string): void;
  addUserProperties(props: Record<string, string | number>): void;
  track(event: string, props?: Record<string, string | number>): void;
  resetIdentity(): void;
}

export const HeapKey: InjectionKey<HeapApi> = Symbol('heap');
