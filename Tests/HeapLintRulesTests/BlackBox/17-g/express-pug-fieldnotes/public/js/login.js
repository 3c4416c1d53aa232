(function () {
  'use strict';
  var form = document.getElementById('login-form');
  if (!form) return;

  function currentEmail() {
    return form.elements.email.value.trim().toLowerCase();
  }

  form.addEventListener('submit', function () {
    if (window.heap) {
      heap.identify(currentEmail); // expect: identity-type
      heap.track('Login Submitted');
    }
  });
})();
