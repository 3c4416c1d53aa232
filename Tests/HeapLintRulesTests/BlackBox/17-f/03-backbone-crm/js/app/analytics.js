/*
 * App.analytics: the only place that talks to Heap. Views call
 * App.analytics.identify(...) / .track(...) and never window.heap directly.
 */
(function (App) {
  'use strict';

  App.analytics = {
    identify: function (userId) {
      if (window.heap) {
        window.heap.identify(userId);
      }
    },

    setProfile: function (attrs) {
      if (!window.heap) return;
      window.heap.setUserProperties(attrs); // expect: unknown-heap-method
    },

    addProperties: function (attrs) {
      window.heap && window.heap.addUserProperties(attrs);
    },

    track: function (eventName, props) {
      if (window.heap) {
        window.heap.track(eventName, props || {});
      }
    },

    pageContext: function (route) {
      window.heap && window.heap.addEventProperties({ route: route });
    },

    logout: function () {
      if (window.heap) window.heap.resetIdentity();
      if (window.mixpanel && window.mixpanel.reset) window.mixpanel.reset();
    }
  };
})(window.App);
