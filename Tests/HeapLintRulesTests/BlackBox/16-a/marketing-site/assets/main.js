// Marketing site script. Loaded synchronously at the end of <body>.
var DEFAULT_VISITOR = 'visitor';
var NEWSLETTER_DELAY_MS = 15000;

(function captureCampaign() {
  var q = new URLSearchParams(window.location.search);
  if (q.get('utm_source')) {
    heap.addEventProperties({ utm_source: q.get('utm_source') }); // expect: call-before-load
  }
})();

heap.load('4455667788', { disableTextCapture: true });

(function markLanding() {
  heap.track('Landing Viewed', { path: window.location.pathname });
})();

function NewsletterPopup(delay) {
  this.delay = delay;
  heap.track('Newsletter Popup Armed');
}

NewsletterPopup.prototype.show = function () {
  document.body.classList.add('newsletter-open');
  heap.track('Newsletter Popup Shown');
};

var popup = new NewsletterPopup(NEWSLETTER_DELAY_MS);
setTimeout(function () { popup.show(); }, popup.delay);

function readLead(form) {
  return {
    email: form.querySelector('[name=email]').value.trim(),
    company: form.querySelector('[name=company]').value.trim()
  };
}

function identifyLead(lead) {
  var leadId = lead.email || DEFAULT_VISITOR;
  heap.identify(leadId); // expect: hardcoded-identity
  heap.addUserProperties({ company: lead.company });
}

function identifyLegacyLead(lead) {
  var person = { handle: lead.email };
  heap.identify(person); // expect: blocklisted-identity
}

var form = document.getElementById('lead-form');
if (form) {
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    identifyLead(readLead(form));
  });
}

var legacyForm = document.getElementById('legacy-lead-form');
if (legacyForm) {
  legacyForm.addEventListener('submit', function () {
    identifyLegacyLead(readLead(legacyForm));
  });
}
