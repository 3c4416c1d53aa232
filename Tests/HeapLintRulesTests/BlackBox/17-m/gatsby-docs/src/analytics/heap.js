import { BASE_EVENT_PROPS } from './events';

const hasHeap = () => typeof window !== 'undefined' && Boolean(window.heap);

export function identifyVisitor(id) {
  if (!hasHeap()) return;
  window.heap.identify(String(id));
}

export function trackEvent(name, props = {}) {
  if (!hasHeap()) return;
  window.heap.track(name, { ...BASE_EVENT_PROPS, ...props });
}

export const setVisitorTraits = (traits) => {
  if (hasHeap()) {
    window.heap.addUserProperties(traits);
  }
};

export function tagSession(props) {
  if (!hasHeap()) return false;
  window.heap.addEventProperties(props);
  return true;
}

export function forgetVisitor() {
  if (hasHeap()) window.heap.resetIdentity();
}
