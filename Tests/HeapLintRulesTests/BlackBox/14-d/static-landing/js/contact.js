document.addEventListener('DOMContentLoaded', function () {
  var contact = document.querySelector('#contact-form');
  if (!contact) return;
  contact.addEventListener('submit', function () {
    var field = contact.querySelector('[name=email]');
    window.heap.identify(field.value.trim() || 'Email'); // expect: blocklisted-identity
    window.heap.track('Contact Submitted');
  });
});
