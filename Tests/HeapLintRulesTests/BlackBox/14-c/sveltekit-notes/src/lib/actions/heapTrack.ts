export function heapTrack(node: HTMLElement, eventName: string) {
  const handler = () => window.heap.track(eventName, { page: location.pathname });
  node.addEventListener('click', handler);
  return {
    destroy() {
      node.removeEventListener('click', handler);
    },
  };
}
