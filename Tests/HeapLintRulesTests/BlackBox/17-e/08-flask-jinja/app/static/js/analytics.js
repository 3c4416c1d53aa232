/* Fieldnote analytics helpers. Heap itself is loaded by templates/base.html. */
(function (window, $) {
  'use strict';

  function heapAvailable() {
    return typeof window.heap !== 'undefined' && window.heap !== null;
  }

  var Analytics = {
    identify: function (id) {
      if (heapAvailable() && id) {
        window.heap.identify(String(id));
      }
    },
    track: function (name, props) {
      if (heapAvailable()) {
        window.heap.track(name, props || {});
      }
    },
    setProps: function (props) {
      if (heapAvailable()) {
        window.heap.addUserProperties(props);
      }
    },
    bindClicks: function (root) {
      $(root).on('click', '[data-track]', function () {
        Analytics.track($(this).data('track'), { label: $(this).text().trim() });
      });
    }
  };

  window.Analytics = Analytics;
})(window, jQuery);
