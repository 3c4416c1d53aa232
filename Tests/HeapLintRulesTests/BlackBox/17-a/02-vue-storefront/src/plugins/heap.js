// Installs Heap from code so the app id can come from the build environment (VITE_HEAP_APP_ID).
const HEAP_METHODS = [
  'addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify',
  'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty',
];

function installSnippet() {
  window.heap = window.heap || [];
  window.heap.load = function (appId, config) {
    window.heap.appid = appId;
    window.heap.config = config || {};
    const script = document.createElement('script');
    script.type = 'text/javascript';
    script.async = true;
    script.src = `https://cdn.heapanalytics.com/js/heap-${appId}.js`;
    const first = document.getElementsByTagName('script')[0];
    first.parentNode.insertBefore(script, first);
    HEAP_METHODS.forEach((method) => {
      window.heap[method] = (...args) => window.heap.push([method, ...args]);
    });
  };
}

export function identifyCustomer(customer) {
  if (!customer || !customer.email) return;
  window.heap.identify(customer.email);
  window.heap.addUserProperties({ customer_tier: customer.tier || 'standard', lifetime_orders: customer.orderCount || 0 });
}

export default {
  install(app, { appId, router, customer }) {
    if (customer) window.heap.identify(customer.email); // expect: call-before-load
    installSnippet();
    window.heap.load(appId, { secureCookie: true });

    router.afterEach((to) => {
      window.heap.track('Route Viewed', { route: String(to.name || to.path) });
    });

    app.provide('identifyCustomer', identifyCustomer);
  },
};
