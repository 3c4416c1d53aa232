import type { Action } from 'svelte/action';

type HeapParams = { event: string; properties?: Record<string, string | number> };

export const trackClick: Action<HTMLElement, HeapParams> = (node, params) => {
  let current = params;
  const handler = () => window.heap.track(current.event, current.properties ?? {});
  node.addEventListener('click', handler);
  return {
    update(next) {
      current = next;
    },
    destroy() {
      node.removeEventListener('click', handler);
    },
  };
};

export const identifyOnMount: Action<HTMLElement, string | undefined> = (_node, identity) => {
  if (identity) {
    window.heap.identify(identity);
  }
};
