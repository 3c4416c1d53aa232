declare global {
  interface Window {
    heap: any;
  }
}

export class Analytics {
  static identify(id: string): void {
    window.heap.identify(id);
  }

  identifyUser(id: string): void {
    window.heap.identify(id);
  }

  setTraits(traits: Record<string, unknown>): void {
    window.heap.addUserProperties(traits);
  }

  get client() {
    return window.heap;
  }
}

export const analytics = new Analytics();
