// Runs in <head> before the page's snippet.
(function () {
  var variant = localStorage.getItem('variant') || 'a';
  heap.addEventProperties({ variant: variant }); // expect: call-before-load
  document.addEventListener('DOMContentLoaded', function () {
    heap.track('Variant Seen');
  });
})();
