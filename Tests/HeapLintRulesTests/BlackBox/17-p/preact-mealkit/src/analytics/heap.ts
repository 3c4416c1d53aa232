import type {} from './heap-env';

/**
 * Thin layer over the Heap snippet so components never touch `window.heap`
 * directly. Every helper is a no-op when the snippet is blocked.
 */
type Traits = Record<string, unknown>;
type EventProps = Record<string, string | number>;

export function identifyCustomer(identity: string): void {
  window.heap?.identify(identity);
}

export function setCustomerTraits(traits: Traits): void {
  window.heap?.addUserProperties(traits);
}

export function trackEvent(name: string, props: EventProps = {}): void {
  window.heap?.track(name, props);
}

export function trackRoute(path: string, section: string): void {
  window.heap?.addPageViewProperties({ route: path, section }); // expect: unknown-heap-method
}

export function forgetCustomer(): void {
  window.heap?.resetIdentity();
}
