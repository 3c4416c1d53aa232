/* The shop's helpers: the namespace is made and put on window in one statement. */
(function (window, document) {
  'use strict';

  var Shop = window.Shop = window.Shop || {};

  Shop.analytics = {
    identify: function (email) {
      if (!email || !window.heap) return;
      window.heap.identify(email);
    }
  };

  Shop.cookie = function (name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  };
})(window, document);
