// Installs Heap's snippet at runtime so the environment id can come from Vite env vars
// instead of being hard-coded in index.html.
export function installHeap(envId: string | undefined, context: { release: string }): void {
  if (!envId || typeof window === 'undefined') return;

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
    const stub = (method: string) => (...args: unknown[]) => window.heap.push([method, ...args]);
    const methods = [
      'addEventProperties',
      'addUserProperties',
      'clearEventProperties',
      'identify',
      'resetIdentity',
      'removeEventProperty',
      'setEventProperties',
      'track',
      'unsetEventProperty',
    ];
    for (const m of methods) window.heap[m] = stub(m);
  };

  window.heap.addEventProperties({ release: context.release, surface: 'dashboard' }); // expect: call-before-load
  window.heap.load(envId, { disableTextCapture: true });
  window.heap.track('App Booted', { release: context.release });
}
