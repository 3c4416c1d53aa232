(function () {
  'use strict';

  var form = document.getElementById('newsletter-form');
  if (!form) return;

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var email = form.elements.email.value.trim();
    var topics = Array.prototype.map.call(form.querySelectorAll('input[name=topic]:checked'), function (el) {
      return el.value;
    });

    fetch('/api/newsletter', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: email, topics: topics })
    })
      .then(function (res) {
        if (!res.ok) throw new Error('subscribe failed: ' + res.status);
        if (window.heap) {
          heap.addUserProperties({ newsletter_topics: topics.join(','), newsletter_subscriber: true }); // expect: user-property-value
          heap.track('Newsletter Subscribed', { topic_count: topics.length });
        }
        if (window.gtag) gtag('event', 'sign_up', { method: 'newsletter' });
        form.classList.add('is-done');
      })
      .catch(function (err) {
        console.warn(err);
        form.classList.add('is-error');
      });
  });
})();
