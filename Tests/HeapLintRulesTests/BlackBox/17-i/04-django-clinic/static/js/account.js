/* global $ */
(function ($) {
  "use strict";

  $(document).on("click", "#logout", function () {
    heap.resetIdentity();
  });

  $(document).on("change", "#theme-select", function () {
    var theme = $(this).val();
    document.documentElement.setAttribute("data-theme", theme);
    heap.setUserProperties({ portal_theme: theme }); // expect: unknown-heap-method
  });

  $(document).on("click", ".download-record", function () {
    heap.track("Record Downloaded", { kind: $(this).data("kind") });
  });

  // Older code read the id back from Heap to show it on the support page.
  $(function () {
    if (window.heap && typeof heap.identify === "function") {
      $("#support-ref").text(heap.userId || "");
    }
  });
})(jQuery);
