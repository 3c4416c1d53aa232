/* Site-wide behaviour for Fieldnotes. Loaded on every page after the Heap snippet. */
(function () {
  'use strict';

  document.addEventListener('click', function (e) {
    var link = e.target.closest('a[data-track]');
    if (link && window.heap) {
      window.heap.track('Link Clicked', { name: link.getAttribute('data-track') });
    }
  });

  var started = Date.now();
  window.addEventListener('pagehide', function () {
    if (window.heap) {
      window.heap.track('Page Time', { seconds: Math.round((Date.now() - started) / 1000), path: location.pathname });
    }
  });
})();
