import { browser } from '$app/environment';

type Props = Record<string, string | number>;

// Thin layer over the Heap snippet loaded in app.html. Every helper is a
// no-op during SSR, where there is no window.
export function identifyUser(userId: string) {
  if (!browser) return;
  window.heap?.identify(userId);
}

export function track(event: string, properties: Props = {}) {
  if (!browser) return;
  window.heap?.track(event, properties);
}

export function setTraits(traits: Props) {
  if (!browser) return;
  window.heap?.addUserProperties(traits);
}

export function forgetUser() {
  if (!browser) return;
  window.heap?.resetIdentity();
}
