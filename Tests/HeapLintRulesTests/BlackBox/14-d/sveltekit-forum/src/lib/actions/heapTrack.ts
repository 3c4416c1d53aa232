import type { Action } from 'svelte/action';

export const heapTrack: Action<HTMLElement, string> = (node, eventName) => {
  let name = eventName;
  const onClick = () => window.heap?.track(name, { tag: node.tagName.toLowerCase() });
  node.addEventListener('click', onClick);
  return {
    update(next) {
      name = next;
    },
    destroy() {
      node.removeEventListener('click', onClick);
    },
  };
};
