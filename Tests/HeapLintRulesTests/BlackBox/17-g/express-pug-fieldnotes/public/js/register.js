document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('#register-form');
  if (!form) return;

  form.addEventListener('submit', function () {
    var email = form.querySelector('[name=email]').value;
    var wantsDigest = form.querySelector('[name=newsletter]').checked;
    if (!window.heap) return;
    window.heap.identify({ handle: email }); // expect: blocklisted-identity
    window.heap.addUserProperties({ newsletter: wantsDigest ? 'yes' : 'no' });
    window.heap.track('Registration Submitted');
  });
});
