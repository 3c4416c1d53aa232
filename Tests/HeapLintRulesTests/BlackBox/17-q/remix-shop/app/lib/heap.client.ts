import { KIOSK_IDENTITY } from "~/config/analytics";

declare global {
  interface Window {
    // The snippet in root.tsx installs this; typed loosely on purpose.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    heap?: any;
  }
}

type EventProps = Record<string, string | number>;

/** Tie the current browser to a customer account. */
export function identifyCustomer(customerId: string) {
  window.heap?.identify(customerId);
}

/** Kiosks in our stores run the storefront in a locked-down browser. */
export function identifyKiosk(storeCode: string = KIOSK_IDENTITY) {
  window.heap?.identify(storeCode); // expect: non-unique-identity
}

export function setCustomerTraits(traits: Record<string, unknown>) {
  window.heap?.addUserProperties(traits);
}

export function trackEvent(name: string, props: EventProps = {}) {
  window.heap?.track(name, props);
}

export function resetAnalytics() {
  window.heap?.resetIdentity();
}
