// https://nuxt.com/docs/api/configuration/nuxt-config
const heapAppId = process.env.NUXT_PUBLIC_HEAP_APP_ID;

export default defineNuxtConfig({
  devtools: { enabled: false },
  runtimeConfig: {
    heapAppId: process.env.NUXT_HEAP_APP_ID,
    public: { heapAppId }
  },
  app: {
    head: {
      title: 'Relay Helpdesk',
      script: [
        {
          key: 'heap-snippet',
          tagPosition: 'head',
          innerHTML: `
            window.heap = window.heap || [];
            heap.load = function (id, cfg) {
              window.heap.appid = id;
              window.heap.config = cfg || {};
              var js = document.createElement('script');
              js.async = true;
              js.src = 'https://cdn.heapanalytics.com/js/heap-' + id + '.js';
              document.head.appendChild(js);
              var wrap = function (name) { return function () { heap.push([name].concat(Array.prototype.slice.call(arguments))); }; };
              var list = ['addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify', 'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty'];
              for (var n = 0; n < list.length; n++) heap[list[n]] = wrap(list[n]);
            };
            heap.load("${heapAppId}", { disableTextCapture: true });
          `
        }
      ]
    }
  }
});
