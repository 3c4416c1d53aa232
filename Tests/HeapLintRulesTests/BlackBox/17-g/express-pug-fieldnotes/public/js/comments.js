(function () {
  'use strict';
  var form = document.getElementById('comment-form');
  if (!form) return;

  form.addEventListener('submit', function () {
    var body = form.elements.body.value;
    if (window.heap) {
      heap.track('Comment Posted', { length: body.length, path: location.pathname });
    }
  });
})();
