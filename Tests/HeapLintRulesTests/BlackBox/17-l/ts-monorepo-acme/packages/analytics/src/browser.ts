// Browser side of @acme/analytics: the only module in the web app that touches window.heap.
type Props = Record<string, string | number>;

interface HeapGlobal {
  identify(identity: string): void;
  resetIdentity(): void;
  track(event: string, properties?: Props): void;
  addUserProperties(properties: Props): void;
  addEventProperties(properties: Props): void;
  userId?: string;
}

declare global {
  interface Window {
    heap?: HeapGlobal;
  }
}

export function identifyUser(id: string): void {
  if (typeof window === 'undefined') return;
  window.heap?.identify(id);
}

export function addTraits(traits: Props): void {
  if (typeof window === 'undefined') return;
  window.heap?.addUserProperties(traits);
}

export function track(event: string, properties: Props = {}): void {
  if (typeof window === 'undefined') return;
  window.heap?.track(event, properties);
}

export function setSuperProperties(properties: Props): void {
  window.heap?.addEventProperties(properties);
}

export function resetUser(): void {
  window.heap?.resetIdentity();
}
