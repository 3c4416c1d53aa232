/*
 * Acme.analytics: the only place page scripts talk to Heap.
 * Safe to call when Heap is blocked or not installed on a page.
 */
window.Acme = window.Acme || {};

(function (Acme) {
  'use strict';

  function heapReady() {
    return typeof window.heap !== 'undefined' && typeof window.heap.track === 'function';
  }

  Acme.analytics = {
    identify: function (identity) {
      if (heapReady()) {
        window.heap.identify(identity);
      }
    },
    track: function (name, props) {
      if (heapReady()) {
        window.heap.track(name, props || {});
      }
    },
    setTraits: function (traits) {
      if (heapReady()) {
        window.heap.addUserProperties(traits);
      }
    },
    reset: function () {
      if (heapReady()) {
        window.heap.resetIdentity();
      }
    }
  };
})(window.Acme);
