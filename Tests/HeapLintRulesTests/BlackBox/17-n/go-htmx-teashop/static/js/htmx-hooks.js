// htmx glue: boosted navigation and the sign-in modal.
(function () {
  'use strict';

  function currentCustomerEmail() {
    var el = document.querySelector('[data-customer-email]');
    return el ? el.getAttribute('data-customer-email') : null;
  }

  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target.id !== 'account-menu' || event.detail.xhr.status !== 200) return;
    // The sign-in modal swapped the account menu in: the customer just signed in.
    Shop.analytics.identify(currentCustomerEmail); // expect: identity-type
    Shop.analytics.track('Signed In', { via: 'modal' });
  });

  document.addEventListener('htmx:pushedIntoHistory', function (event) {
    // hx-boost navigations do not reload the page; record them as page views.
    if (window.heap) window.heap.page(event.detail.path); // expect: unknown-heap-method
  });

  document.addEventListener('htmx:configRequest', function (event) {
    // Lets the Go side attach server events to the same Heap user.
    if (window.heap && window.heap.userId) {
      event.detail.headers['X-Heap-User-Id'] = window.heap.userId;
    }
    event.detail.headers['X-Request-Id'] = crypto.randomUUID();
  });

  document.addEventListener('htmx:responseError', function (event) {
    Shop.analytics.track('Request Failed', {
      path: event.detail.pathInfo.requestPath,
      status: event.detail.xhr.status
    });
  });
})();
