import { Injectable } from '@angular/core';

export type HeapProps = Record<string, unknown>;

@Injectable({ providedIn: 'root' })
export class HeapAnalyticsService {
  private heap = (window as any).heap;

  identify(userId: string): void {
    this.heap.identify(userId);
  }

  setUserProperties(props: HeapProps): void {
    this.heap.addUserProperties(props);
  }

  trackEvent(name: string, props?: HeapProps): void {
    this.heap.track(name, props);
  }

  syncProfile(profile: HeapProps): void {
    this.heap.trackUserProperties(profile); // expect: unknown-heap-method
  }

  logout(): void {
    this.heap.resetIdentity();
  }
}
