/*
 * Harbor Life portal: one place for analytics calls. Heap is installed by
 * WEB-INF/jsp/layout/head.jsp; pages include this file through layout/scripts.jsp.
 */
window.Portal = window.Portal || {};

(function (Portal, $) {
  "use strict";

  function heapOn() {
    return typeof window.heap !== "undefined";
  }

  Portal.analytics = {
    identify: function (identity) {
      if (heapOn()) window.heap.identify(identity);
    },
    traits: function (props) {
      if (heapOn()) window.heap.addUserProperties(props);
    },
    track: function (event, props) {
      if (heapOn()) window.heap.track(event, $.extend({ portal_version: "4.12" }, props || {}));
    },
    signOut: function () {
      if (heapOn()) window.heap.resetIdentity();
    }
  };
})(window.Portal, jQuery);
