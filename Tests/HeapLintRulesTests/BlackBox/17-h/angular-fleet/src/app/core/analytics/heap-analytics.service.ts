import { Injectable } from '@angular/core';

export type HeapPropertyValue = string | number;
export type HeapProperties = Record<string, HeapPropertyValue>;

interface HeapApi {
  identify(identity: string): void;
  resetIdentity(): void;
  track(event: string, properties?: HeapProperties): void;
  addUserProperties(properties: Record<string, unknown>): void;
  addEventProperties(properties: HeapProperties): void;
  addEventProperty(properties: HeapProperties): void;
  removeEventProperty(name: string): void;
  clearEventProperties(): void;
}

/**
 * Thin, injectable facade over the Heap snippet that index.html installs.
 * Every method is a no-op when Heap is blocked (ad blockers, tests).
 */
@Injectable({ providedIn: 'root' })
export class HeapAnalyticsService {
  private get heap(): HeapApi | undefined {
    return (window as unknown as { heap?: HeapApi }).heap;
  }

  identify(identity: string): void {
    this.heap?.identify(identity);
  }

  addUserProperties(properties: Record<string, unknown>): void {
    this.heap?.addUserProperties(properties);
  }

  track(event: string, properties?: HeapProperties): void {
    this.heap?.track(event, properties);
  }

  setGlobalProperty(name: string, value: HeapPropertyValue): void {
    this.heap?.addEventProperty({ [name]: value }); // expect: unknown-heap-method
  }

  removeGlobalProperty(name: string): void {
    this.heap?.removeEventProperty(name);
  }

  setContext(properties: HeapProperties): void {
    this.heap?.clearEventProperties();
    this.heap?.addEventProperties(properties);
  }

  reset(): void {
    this.heap?.resetIdentity();
  }
}
