type HeapStub = any[] & Record<string, any>;

declare global {
  interface Window {
    heap: HeapStub;
  }
}

window.heap = window.heap || [];
const heap = window.heap;

heap.load = function (appId: string, config?: Record<string, unknown>) {
  heap.appid = appId;
  heap.config = config || {};
  const script = document.createElement('script');
  script.async = true;
  script.src = `https://cdn.heapanalytics.com/js/heap-${appId}.js`;
  document.head.appendChild(script);
  for (const method of ['addUserProperties', 'identify', 'resetIdentity', 'track', 'addEventProperties']) {
    heap[method] = (...args: unknown[]) => heap.push([method, ...args]);
  }
};

class WidgetAnalytics {
  constructor(private readonly widgetId: string) {
    heap.addUserProperties({ embedded_widget: widgetId });
  }

  opened(): void {
    heap.track('Widget Opened', { widget: this.widgetId });
  }
}

class WidgetShell {
  private analytics?: WidgetAnalytics;

  mount(el: HTMLElement): void {
    this.analytics = new WidgetAnalytics(el.dataset.widgetId ?? 'default');
    el.addEventListener('click', () => this.analytics?.opened());
  }
}

const early = new WidgetAnalytics('inline-help'); // expect: call-before-load
const shell = new WidgetShell();

heap.load('1587302264', { disableTextCapture: true });

shell.mount(document.getElementById('help-widget')!);
export { early, shell };
