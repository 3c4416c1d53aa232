import type { App } from 'vue';

export interface HeapPluginOptions {
  appId: string;
  disableTextCapture?: boolean;
}

function installSnippet(): void {
  window.heap = window.heap || ([] as any);
  window.heap.load = function (appId: string, config?: Record<string, unknown>) {
    window.heap.appid = appId;
    window.heap.config = config = config || {};
    const script = document.createElement('script');
    script.type = 'text/javascript';
    script.async = true;
    script.src = `https://cdn.heapanalytics.com/js/heap-${appId}.js`;
    const first = document.getElementsByTagName('script')[0];
    first.parentNode?.insertBefore(script, first);
    const stub = (method: string) =>
      function (...args: unknown[]) {
        window.heap.push([method, ...args]);
      };
    const methods = ['addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify',
      'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty'];
    for (const m of methods) window.heap[m] = stub(m);
  };
}

export default {
  install(app: App, options: HeapPluginOptions) {
    installSnippet();
    window.heap.load(options.appId, { disableTextCapture: options.disableTextCapture ?? true });
    app.config.globalProperties.$heap = window.heap;
  },
};
