(function () {
  'use strict';

  function readMeta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  var getUserEmail = function () {
    return readMeta('user-email');
  };

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.heap) return;

    var profile = document.getElementById('profile-card');
    if (profile) {
      window.heap.addUserProperties({ timezone: profile.dataset.timezone, locale: profile.dataset.locale });
    }

    document.querySelectorAll('[data-heap-event]').forEach(function (el) {
      el.addEventListener('click', function () {
        window.heap.track(el.dataset.heapEvent, { label: el.dataset.heapLabel || el.textContent.trim() });
      });
    });

    var claim = document.getElementById('claim-handle');
    if (claim) {
      claim.addEventListener('click', function () {
        window.heap.identify(claim.dataset.username);
      });
    }

    var contactForm = document.getElementById('contact-form');
    if (contactForm) {
      contactForm.addEventListener('submit', function () {
        window.heap.identify(contactForm.elements.full_name.value); // expect: non-unique-identity
        window.heap.track('Contact Form Sent', { topic: contactForm.elements.topic.value });
      });
    }

    var settingsForm = document.getElementById('settings-form');
    if (settingsForm) {
      settingsForm.addEventListener('submit', function () {
        window.heap.identify(getUserEmail); // expect: identity-type
      });
    }
  });

  // Magic-link / SSO landing page: identify as soon as we know who this is.
  async function finishSso(params) {
    window.heap.identify(params.get('email'));
    var res = await fetch('/accounts/api/me/', { credentials: 'same-origin' });
    var me = await res.json();
    window.heap.identify(String(me.id)); // expect: conflicting-identities
    window.heap.track('SSO Completed', { provider: params.get('provider') || 'google' });
  }

  if (window.location.pathname === '/accounts/sso/complete/') {
    finishSso(new URLSearchParams(window.location.search));
  }
})();
