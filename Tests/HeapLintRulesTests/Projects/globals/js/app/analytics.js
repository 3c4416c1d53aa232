/* App.analytics: the one place that talks to Heap. */
(function (App) {
  'use strict';

  App.analytics = {
    identify: function (userId) {
      if (window.heap) window.heap.identify(userId);
    },
    track: function (name, props) {
      if (window.heap) window.heap.track(name, props || {});
    }
  };
})(window.App);
