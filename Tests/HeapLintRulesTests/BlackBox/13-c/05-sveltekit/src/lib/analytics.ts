import { browser } from '$app/environment';

declare global {
  interface Window {
    heap?: any;
  }
}

export function identifyUser(user: { id: string }) {
  if (!browser) return;
  window.heap?.identify(user.id);
}

export function setTraits(traits: Record<string, unknown>) {
  if (!browser) return;
  window.heap?.addUserProperties(traits);
}
