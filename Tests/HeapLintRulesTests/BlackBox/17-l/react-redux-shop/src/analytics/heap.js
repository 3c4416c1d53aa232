import { APP_NAME } from '../constants/analytics';

// Thin layer over the Heap global so components never poke at window.heap themselves.
// The snippet in index.html creates the stubs, so by the time React renders these are safe.

export function identifyUser(userId) {
  if (!userId || !window.heap) return;
  window.heap.identify(userId);
}

export function setUserTraits(traits = {}) {
  window.heap?.addUserProperties(traits);
}

export function trackEvent(name, properties = {}) {
  if (!window.heap) return;
  window.heap.track(name, { ...properties, app: APP_NAME });
}

export function setGlobalProps(props) {
  window.heap?.addEventProperties(props);
}

export function clearIdentity() {
  try {
    window.heap?.resetIdentity();
  } catch (err) {
    console.warn('[analytics] reset failed', err);
  }
}
