import { InjectionToken } from '@angular/core';

export const HEAP = new InjectionToken<any>('The Heap global', {
  providedIn: 'root',
  factory: () => (window as any).heap,
});

export const ANALYTICS_CONFIG = {
  kiosk: { identity: 'lobby-tablet' },
};
