declare global {
  interface Window {
    heap: any;
    AcmeStorefront?: unknown;
  }
}

/**
 * Heap's install snippet, adapted to TypeScript. The storefront theme used to paste it into
 * theme.liquid; the components now install it themselves so every host page gets the same setup.
 */
export function installHeapSnippet(): void {
  if (window.heap && window.heap.appid) return;
  window.heap = window.heap || [];
  window.heap.load = function (e: string, t?: Record<string, unknown>) {
    window.heap.appid = e;
    window.heap.config = t = t || {};
    const r = document.createElement('script');
    r.type = 'text/javascript';
    r.async = true;
    r.src = 'https://cdn.heapanalytics.com/js/heap-' + e + '.js';
    const a = document.getElementsByTagName('script')[0];
    a.parentNode!.insertBefore(r, a);
    const n = (m: string) =>
      function (...args: unknown[]) {
        window.heap.push([m].concat(args as string[]));
      };
    const p = ['addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify', 'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty'];
    for (let o = 0; o < p.length; o++) window.heap[p[o]] = n(p[o]);
  };
}
