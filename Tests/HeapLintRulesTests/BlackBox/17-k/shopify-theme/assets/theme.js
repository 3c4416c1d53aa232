/* Storefront behaviour: lazy media, quick add, customer events. Classic script, no bundler. */
(function () {
  'use strict';

  // Loads below-the-fold media nearest the viewport first.
  function MediaQueue() {
    this.heap = [];
  }
  MediaQueue.prototype.add = function (el) {
    var top = el.getBoundingClientRect().top;
    this.heap.push({ el: el, top: top });
    this.heap.sort(function (a, b) { return a.top - b.top; });
  };
  MediaQueue.prototype.next = function () {
    var item = this.heap.shift();
    return item && item.el;
  };

  var queue = new MediaQueue();
  document.querySelectorAll('[data-lazy-media]').forEach(function (el) { queue.add(el); });
  function loadNext() {
    var el = queue.next();
    if (!el) return;
    el.src = el.dataset.src;
    el.addEventListener('load', loadNext, { once: true });
  }
  loadNext();

  function currentCustomerId() {
    var meta = window.ShopifyAnalytics && window.ShopifyAnalytics.meta;
    return meta && meta.page && meta.page.customerId;
  }

  // Fired by the account drawer after the AJAX login succeeds.
  document.addEventListener('customer:login', function (event) {
    if (window.heap) {
      heap.identify(currentCustomerId); // expect: identity-type
      heap.track('Drawer Login', { source: event.detail && event.detail.source });
    }
    if (window._learnq) window._learnq.push(['identify', { $email: event.detail.email }]);
  });

  document.addEventListener('customer:logout', function () {
    if (window.heap) heap.resetIdentity();
  });

  document.addEventListener('newsletter:subscribed', function (event) {
    var email = event.detail.email;
    if (window.heap) {
      heap.addUserProperties({ newsletter: 'subscribed', newsletter_source: event.detail.form || 'footer' });
      heap.track('Newsletter Subscribed', { source: event.detail.form || 'footer' });
    }
    if (typeof window.fbq === 'function') window.fbq('track', 'Lead', { content_name: 'newsletter' });
    if (window._learnq) window._learnq.push(['identify', { $email: email }]);
  });
})();
