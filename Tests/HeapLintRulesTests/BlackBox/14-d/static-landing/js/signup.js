(function () {
  var form = document.getElementById('lead');
  if (!form) return;

  var demo = document.getElementById('demo-button');
  if (demo) {
    demo.addEventListener('click', function () {
      window.heap.identify('visitor-' + Date.now()); // expect: random-identity
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var email = form.elements.email.value.trim();
    window.heap.identify(email);
    window.heap.addUserProperties({ leadSource: 'spring-sale' });
    fetch('/api/lead', { method: 'POST', body: new FormData(form) });
  });
})();
