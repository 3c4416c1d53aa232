/* Page helpers, loaded as a classic script before the page scripts. */
(function (window) {
  'use strict';

  var Analytics = {
    identify: function (id) {
      if (window.heap && id) {
        window.heap.identify(String(id));
      }
    },
    setProps: function (props) {
      if (window.heap) window.heap.addUserProperties(props);
    }
  };

  window.Analytics = Analytics;
})(window);
