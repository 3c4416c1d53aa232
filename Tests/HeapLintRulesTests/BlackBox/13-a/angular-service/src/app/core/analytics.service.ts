import { Injectable } from '@angular/core';

export type HeapProperties = Record<string, string | number>;

/**
 * Thin wrapper around the Heap snippet so components never touch window.heap directly.
 */
@Injectable({ providedIn: 'root' })
export class AnalyticsService {
  private heap = (window as any).heap;

  identify(userId: string): void {
    this.heap.identify(userId);
  }

  setUserProperties(props: HeapProperties): void {
    this.heap.addUserProperties(props);
  }

  track(event: string, props?: HeapProperties): void {
    this.heap.track(event, props);
  }

  reset(): void {
    this.heap.resetIdentity();
  }
}
