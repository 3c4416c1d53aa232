export function loadHeap(): void {
  const w = window as any;
  w.heap = w.heap || [];
  w.heap.load = function (appId: string, config?: object) {
    w.heap.appid = appId;
    w.heap.config = config || {};
    const s = document.createElement('script');
    s.async = true;
    s.src = `https://cdn.heapanalytics.com/js/heap-${appId}.js`;
    document.head.appendChild(s);
    ['identify', 'track', 'addUserProperties', 'addEventProperties', 'resetIdentity'].forEach((name) => {
      w.heap[name] = (...args: unknown[]) => w.heap.push([name, ...args]);
    });
  };
  w.heap.load(process.env.NEXT_PUBLIC_HEAP_APP_ID as string);
}
