declare global {
  interface Window {
    heap: any;
    heapReadyCb: any[];
  }
}

export function installHeap(): void {
  if (typeof window === 'undefined' || window.heap?.loaded) return;
  // Heap's 2023 snippet, unminified only where we needed to type it.
  const heap = (window.heap = window.heap || []);
  window.heapReadyCb = window.heapReadyCb || [];
  heap.load = function (envId: string, clientConfig?: Record<string, unknown>) {
    window.heap.envId = envId;
    window.heap.clientConfig = clientConfig || {};
    const script = document.createElement('script');
    script.type = 'text/javascript';
    script.async = true;
    script.src = 'https://cdn.us.heap-api.com/config/' + envId + '/heap_config.js';
    const first = document.getElementsByTagName('script')[0];
    first.parentNode!.insertBefore(script, first);
    const methods = ['init', 'track', 'identify', 'resetIdentity', 'addUserProperties', 'addEventProperties', 'onReady'];
    for (const m of methods) {
      window.heap[m] = (...args: unknown[]) => window.heap.push([m, ...args]);
    }
  };
  heap.load(import.meta.env.VITE_HEAP_APP_ID, { secureCookie: true });
}
