/*
 * Copperleaf storefront analytics helpers. Loaded in <head> on every page, so
 * pages, Alpine components and htmx hooks can all call Shop.analytics.
 */
(function (window, document) {
  'use strict';

  var Shop = window.Shop = window.Shop || {};

  Shop.analytics = {
    identify: function (email) {
      if (!email || !window.heap) return;
      window.heap.identify(email);
    },
    setTraits: function (traits) {
      if (window.heap) window.heap.addUserProperties(traits);
    },
    track: function (name, props) {
      if (window.heap) window.heap.track(name, props || {});
    },
    signOut: function () {
      if (window.heap) window.heap.resetIdentity();
    }
  };

  Shop.readCookie = function (name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name.replace(/[.$?*|{}()[\]\\/+^]/g, '\\$&') + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  };
})(window, document);

// Every event carries the storefront and currency of the page.
heap.addEventProperties({ // expect: call-before-load
  storefront: document.documentElement.dataset.storefront || 'us',
  currency: document.documentElement.dataset.currency || 'USD'
});
