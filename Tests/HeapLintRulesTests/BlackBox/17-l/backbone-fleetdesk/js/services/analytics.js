/*
 * Analytics service. Views call App.analytics.*, never window.heap directly,
 * so that the Mixpanel mirror for the sales team stays in one place.
 */
(function (App, $) {
  'use strict';

  App.analytics = {
    identify: function (userId) {
      if (!userId || !window.heap) { return; }
      window.heap.identify(userId);
    },

    setProfile: function (props) {
      if (window.heap) {
        window.heap.addUserProperties(props);
      }
    },

    // added for the "last login channel" dashboard
    setUserProps: function (props) {
      window.heap.setUserProperties(props); // expect: unknown-heap-method
    },

    track: function (eventName, props) {
      if (!window.heap) { return; }
      window.heap.track(eventName, $.extend({ console_version: App.VERSION }, props || {}));
    },

    reset: function () {
      if (window.heap) { window.heap.resetIdentity(); }
      if (window.mixpanel) { window.mixpanel.reset(); }
    }
  };

  App.mixpanel = {
    identify: function (id) {
      if (window.mixpanel) { window.mixpanel.identify(id); }
    },
    track: function (name, props) {
      if (window.mixpanel) { window.mixpanel.track(name, props); }
    }
  };
})(window.App, window.jQuery);
