/* Quiver docs: small progressive enhancements shared by every page. */
(function () {
  'use strict';

  var STORAGE_THEME = 'quiver.theme';
  var STORAGE_LANGS = 'quiver.langs';

  function track(event, props) {
    if (window.heap && typeof window.heap.track === 'function') {
      window.heap.track(event, props || {});
    }
  }

  /* ---------- theme toggle ---------- */
  function applyTheme(theme) {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem(STORAGE_THEME, theme);
  }

  var toggle = document.querySelector('.theme-toggle');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
      applyTheme(theme);
      track('Theme Toggled', { theme: theme });
      if (window.heap) {
        window.heap.addUserProperties({ dark_mode: theme === 'dark' }); // expect: user-property-value
      }
    });
  }

  /* ---------- code tabs: remember the reader's language ---------- */
  document.querySelectorAll('.code-tabs [data-lang]').forEach(function (tab) {
    tab.addEventListener('click', function () {
      var lang = tab.getAttribute('data-lang');
      var preferredLangs = (localStorage.getItem(STORAGE_LANGS) || '').split(',').filter(Boolean);
      if (preferredLangs.indexOf(lang) === -1) preferredLangs.push(lang);
      localStorage.setItem(STORAGE_LANGS, preferredLangs.join(','));
      track('Code Tab Selected', { lang: lang });
      if (window.heap) {
        window.heap.addUserProperties({
          last_code_language: lang,
          code_languages: preferredLangs, // expect: user-property-value
          code_language_count: preferredLangs.length,
        });
      }
    });
  });

  /* ---------- copy buttons ---------- */
  document.querySelectorAll('pre > code').forEach(function (block) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = 'Copy';
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(block.innerText).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy'; }, 1500);
      });
      track('Code Copied', { page: location.pathname, lines: block.innerText.split('\n').length });
    });
    block.parentNode.insertBefore(button, block);
  });

  /* ---------- "was this helpful?" ---------- */
  document.querySelectorAll('.feedback [data-helpful]').forEach(function (button) {
    button.addEventListener('click', function () {
      track('Docs Feedback', { helpful: button.getAttribute('data-helpful'), page: location.pathname });
      button.closest('.feedback').innerHTML = '<p>Thanks for the feedback!</p>';
    });
  });

  /* ---------- newsletter ---------- */
  var newsletter = document.getElementById('newsletter-form');
  if (newsletter) {
    newsletter.addEventListener('submit', function (event) {
      event.preventDefault();
      var email = newsletter.elements.email.value.trim();
      if (!email) return;
      if (window.heap) {
        window.heap.identify({ handle: email, email: email }); // expect: blocklisted-identity
        window.heap.addUserProperties({ newsletter: 'release-notes' });
      }
      track('Newsletter Subscribed');
      fetch('https://api.quiver.dev/v1/newsletter', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: email, list: 'release-notes' })
      });
    });
  }

  /* ---------- Quiver Cloud sign-up embedded in the quick start ---------- */
  var signup = document.getElementById('cloud-signup');
  if (signup) {
    signup.addEventListener('submit', function () {
      var workEmail = signup.elements.work_email.value.trim();
      if (window.heap && workEmail) {
        window.heap.identify(workEmail);
        window.heap.addUserProperties({ signup_source: 'docs-quickstart' });
      }
    });
  }

  /* ---------- give every reader an id so user properties stick ---------- */
  function ensureReaderIdentity() {
    if (!window.heap || window.heap.identity) return;
    window.heap.identify(crypto.randomUUID()); // expect: random-identity
  }
  ensureReaderIdentity();

  if (window.amplitude) {
    window.amplitude.track('Docs Page Viewed', { path: location.pathname });
  }

  var stored = localStorage.getItem(STORAGE_THEME);
  if (stored) applyTheme(stored);
})();
