// Runs first: applies the theme before anything paints.
(function () {
  var stored = window.localStorage.getItem('inkwell.theme') || 'system';
  var dark = stored === 'dark' || (stored === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
})();

// tag every analytics event with the build
window.heap.addEventProperties({ app_version: window.desktop.version, os: window.desktop.platform }); // expect: call-before-load
