/* Analytics facade shared by every page. Needs the Heap snippet above it. */
(function (window) {
  'use strict';

  function identify(uid) {
    if (!uid) return;
    window.heap.identify(uid);
  }

  function setTraits(traits) {
    window.heap.addUserProperties(traits);
  }

  function track(name, props) {
    window.heap.track(name, props || {});
  }

  function reset() {
    window.heap.resetIdentity();
  }

  window.Analytics = { identify: identify, setTraits: setTraits, track: track, reset: reset };

  window.heap.addEventProperties({
    app_surface: 'web',
    app_build: document.documentElement.getAttribute('data-build') || 'dev',
  });
})(window);
