/**
 * Thin wrapper around the Heap snippet that root.tsx injects.
 * Everything is optional-chained: ad blockers remove window.heap entirely.
 */

type HeapPropertyValue = string | number;
export type HeapProperties = Record<string, HeapPropertyValue>;

interface HeapApi {
  identify(identity: string): void;
  resetIdentity(): void;
  track(event: string, properties?: HeapProperties): void;
  addUserProperties(properties: HeapProperties): void;
  addEventProperties(properties: HeapProperties): void;
  clearEventProperties(): void;
}

declare global {
  interface Window {
    heap?: HeapApi;
  }
}

export function identifyUser(identity: string | null | undefined) {
  if (!identity) return;
  window.heap?.identify(identity);
}

export function setUserTraits(traits: Record<string, unknown>) {
  window.heap?.addUserProperties(traits as HeapProperties);
}

export function trackEvent(event: string, properties: HeapProperties = {}) {
  window.heap?.track(event, properties);
}

export function setGlobalEventProps(properties: HeapProperties) {
  window.heap?.addEventProperties(properties);
}

export function resetAnalytics() {
  window.heap?.clearEventProperties();
  window.heap?.resetIdentity();
}
