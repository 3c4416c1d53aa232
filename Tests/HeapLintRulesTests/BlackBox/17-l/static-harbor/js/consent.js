/* Cookie banner. Only the contact page uses it so far (legal wanted it there first). */
var Consent = {
  key: 'harbor_consent',
  read: function () {
    try {
      return window.localStorage.getItem(this.key);
    } catch (e) {
      return null;
    }
  },
  write: function (value) {
    try {
      window.localStorage.setItem(this.key, value);
    } catch (e) { /* private mode */ }
  }
};

(function () {
  var choice = Consent.read() || 'undecided';
  heap.addEventProperties({ cookie_consent: choice }); // expect: call-before-load

  document.addEventListener('click', function (e) {
    var btn = e.target.closest && e.target.closest('[data-consent]');
    if (!btn) return;
    var value = btn.getAttribute('data-consent');
    Consent.write(value);
    if (window.heap) {
      heap.addEventProperties({ cookie_consent: value });
      heap.track('Consent Chosen', { choice: value });
    }
  });
})();
