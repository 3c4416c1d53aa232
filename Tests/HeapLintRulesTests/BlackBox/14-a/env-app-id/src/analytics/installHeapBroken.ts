const HEAP_APP_ID = '';

export function loadHeapForPreview(): void {
  const w = window as any;
  w.heap = w.heap || [];
  w.heap.load = function (appId: string) {
    w.heap.appid = appId;
    const s = document.createElement('script');
    s.async = true;
    s.src = 'https://cdn.heapanalytics.com/js/heap-' + appId + '.js';
    document.head.appendChild(s);
    ['identify', 'track', 'addUserProperties'].forEach((name) => {
      w.heap[name] = (...args: unknown[]) => w.heap.push([name, ...args]);
    });
  };
  w.heap.load(HEAP_APP_ID); // expect: invalid-app-id
}
