import { InjectionToken } from '@angular/core';

export interface HeapApi {
  identify(identity: string): void;
  resetIdentity(): void;
  addUserProperties(props: Record<string, string | number>): void;
  addEventProperties(props: Record<string, string | number>): void;
  removeEventProperty(name: string): void;
  track(event: string, props?: Record<string, string | number>): void;
  [method: string]: any;
}

export const HEAP = new InjectionToken<HeapApi>('Heap global', {
  providedIn: 'root',
  factory: () => (window as any).heap,
});
