// Site-wide behaviour. Heap comes from GTM, so it may not exist yet (or at all,
// with a blocker): every call is guarded.
(function () {
  'use strict';

  function heapReady() {
    return Boolean(window.heap && typeof window.heap.track === 'function');
  }

  document.querySelectorAll('#plans [data-plan]').forEach(function (button) {
    button.addEventListener('click', function () {
      if (heapReady()) {
        window.heap.track('Plan Selected', { plan: button.dataset.plan });
      }
      window.dataLayer.push({ event: 'plan_selected', plan: button.dataset.plan });
    });
  });

  // after login the app posts the user into the dataLayer; GTM's "Heap - Identify" tag does the rest
  window.addEventListener('message', function (event) {
    if (event.origin !== 'https://app.northpeak-insurance.com') return;
    if (event.data && event.data.type === 'np:login') {
      window.dataLayer.push({ event: 'login', user: { id: event.data.userId, tier: event.data.tier, email: event.data.email } });
    }
    if (event.data && event.data.type === 'np:logout') {
      window.dataLayer.push({ event: 'logout', user: undefined });
    }
  });
})();
