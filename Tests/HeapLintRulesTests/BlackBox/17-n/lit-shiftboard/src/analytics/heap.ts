// Thin typed wrapper over the Heap snippet loaded in index.html.
type HeapValue = string | number;

interface HeapApi {
  identify(identity: string): void;
  resetIdentity(): void;
  addUserProperties(properties: Record<string, HeapValue>): void;
  removeUserProperty(name: string): void;
  addEventProperties(properties: Record<string, HeapValue>): void;
  track(event: string, properties?: Record<string, HeapValue>): void;
}

declare global {
  interface Window {
    heap?: HeapApi;
  }
}

class HeapAnalytics {
  private get heap(): HeapApi | undefined {
    return window.heap;
  }

  identify(identity: string): void {
    this.heap?.identify(identity);
  }

  setTraits(traits: Record<string, unknown>): void {
    this.heap?.addUserProperties(traits as Record<string, HeapValue>);
  }

  clearTrait(name: string): void {
    this.heap?.removeUserProperty(name); // expect: unknown-heap-method
  }

  track(event: string, properties: Record<string, unknown> = {}): void {
    this.heap?.track(event, properties as Record<string, HeapValue>);
  }

  tagAllEvents(properties: Record<string, HeapValue>): void {
    this.heap?.addEventProperties(properties);
  }

  reset(): void {
    this.heap?.resetIdentity();
  }
}

export const analytics = new HeapAnalytics();
