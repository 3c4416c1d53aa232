import { browser } from '$app/environment';

type HeapProps = Record<string, string | number>;

declare global {
  interface Window {
    heap: any;
    heapReadyCb: Array<{ name: string; fn: () => void }>;
  }
}

let installed = false;

// Current Heap snippet, wrapped so the env id comes from $env/dynamic/public.
export function installHeap(envId: string | undefined): void {
  if (!browser || installed || !envId) return;
  installed = true;

  window.heapReadyCb = window.heapReadyCb || [];
  window.heap = window.heap || [];
  window.heap.load = function (e: string, t?: Record<string, unknown>) {
    window.heap.envId = e;
    window.heap.clientConfig = t = t || {};
    window.heap.clientConfig.shouldFetchServerConfig = false;
    const a = document.createElement('script');
    a.type = 'text/javascript';
    a.async = true;
    a.src = 'https://cdn.us.heap-api.com/config/' + e + '/heap_config.js';
    const r = document.getElementsByTagName('script')[0];
    r.parentNode?.insertBefore(a, r);
    const methods = [
      'init', 'startTracking', 'stopTracking', 'track', 'resetIdentity', 'identify', 'identifyHashed',
      'getSessionId', 'getUserId', 'getIdentity', 'addUserProperties', 'addEventProperties',
      'removeEventProperty', 'clearEventProperties', 'addAccountProperties', 'addAdapter',
      'addTransformer', 'addTransformerFn', 'onReady', 'addPageviewProperties',
      'removePageviewProperty', 'clearPageviewProperties', 'trackPageview',
    ];
    const stub = (name: string) => (...args: unknown[]) => {
      window.heapReadyCb.push({ name, fn: () => window.heap[name] && window.heap[name](...args) });
    };
    for (const p of methods) window.heap[p] = stub(p);
  };
  window.heap.load(envId, { disableTextCapture: true });
}

export function identify(identity: string): void {
  if (browser) window.heap?.identify(identity);
}

export function addUserProperties(props: Record<string, unknown>): void {
  if (browser) window.heap?.addUserProperties(props);
}

export function track(event: string, props: HeapProps = {}): void {
  if (browser) window.heap?.track(event, props);
}

export function resetIdentity(): void {
  if (browser) window.heap?.resetIdentity();
}
