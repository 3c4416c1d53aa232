import { ANALYTICS_CONFIG } from './config';

type Props = Record<string, string | number>;

function debugLog(...args: unknown[]) {
  if (ANALYTICS_CONFIG.debug) console.debug('[heap]', ...args);
}

export function identifyUser(id: string) {
  if (!ANALYTICS_CONFIG.heapEnabled) return;
  debugLog('identify', id);
  window.heap?.identify(id);
}

export function setUserTraits(traits: Props) {
  debugLog('addUserProperties', traits);
  window.heap?.addUserProperties(traits);
}

export function trackEvent(name: string, props: Props = {}) {
  try {
    window.heap?.track(name, props);
  } catch (err) {
    debugLog('track failed', err);
  }
}

export function tagEvents(props: Props) {
  window.heap?.addEventProperties(props);
}

export function untagEvent(name: string) {
  window.heap?.removeEventProperty(name);
}

// Team-level traits for B2B buyers.
export function setTeamTraits(props: Props) {
  (window.heap as any)?.addAccountProperty(props); // expect: unknown-heap-method
}

export function resetUser() {
  window.heap?.resetIdentity();
}
