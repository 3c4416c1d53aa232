import { ApplicationConfig, InjectionToken, provideZoneChangeDetection } from '@angular/core';
import { provideHttpClient, withFetch } from '@angular/common/http';
import { provideRouter } from '@angular/router';

import { routes } from './app.routes';

/** The global installed by the snippet in index.html. Typed loosely: the snippet's stubs take anything. */
export type HeapApi = Record<string, (...args: any[]) => any>;

export const HEAP = new InjectionToken<HeapApi>('window.heap');

export const appConfig: ApplicationConfig = {
  providers: [
    provideZoneChangeDetection({ eventCoalescing: true }),
    provideRouter(routes),
    provideHttpClient(withFetch()),
    { provide: HEAP, useFactory: () => (window as any).heap },
  ],
};
