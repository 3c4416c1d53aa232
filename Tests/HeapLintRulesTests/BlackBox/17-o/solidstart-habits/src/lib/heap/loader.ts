export type HeapOptions = {
  secureCookie?: boolean;
  disableTextCapture?: boolean;
};

declare global {
  interface Window {
    heap: any;
  }
}

/**
 * Installs Heap's snippet and loads the environment. Called once from entry-client.
 * Kept out of entry-server so nothing touches `window` during SSR.
 */
export function loadHeap(appId: string | undefined, options: HeapOptions = {}): void {
  if (!appId) {
    console.warn("[heap] VITE_HEAP_APP_ID is not set; analytics disabled in this build");
    return;
  }
  if (window.heap && window.heap.loaded) return;

  // Heap install snippet (classic), typed for TS.
  window.heap = window.heap || [];
  window.heap.load = function (e: string, t?: HeapOptions) {
    window.heap.appid = e;
    window.heap.config = t = t || {};
    const r = document.createElement("script");
    r.type = "text/javascript";
    r.async = true;
    r.src = "https://cdn.heapanalytics.com/js/heap-" + e + ".js";
    const a = document.getElementsByTagName("script")[0];
    a.parentNode!.insertBefore(r, a);
    const n = function (m: string) {
      return function () {
        window.heap.push([m].concat(Array.prototype.slice.call(arguments, 0)));
      };
    };
    const p = [
      "addEventProperties",
      "addUserProperties",
      "clearEventProperties",
      "identify",
      "resetIdentity",
      "removeEventProperty",
      "setEventProperties",
      "track",
      "unsetEventProperty",
    ];
    for (let o = 0; o < p.length; o++) window.heap[p[o]] = n(p[o]);
  };

  window.heap.load(appId, options);
}
