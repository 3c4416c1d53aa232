/* Marketing site helpers. No build step: included with a plain <script> tag
   after the Heap snippet on every page. ES5 only (we still get IE11 traffic). */
var Acme = window.Acme || {};

Acme.getParam = function (name) {
  var match = new RegExp('[?&]' + name + '=([^&]*)').exec(window.location.search);
  return match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : null;
};

Acme.identifyLead = function (lead) {
  if (typeof heap === 'undefined' || !lead || !lead.email) {
    return;
  }
  heap.identify(lead.email.toLowerCase());
  heap.addUserProperties({ 'Lead Source': Acme.getParam('utm_source') || 'direct', 'Company Size': lead.companySize || '' });
};

Acme.trackContactRequest = function (form) {
  var leadRef = 'lead-' + Date.now();
  if (typeof heap !== 'undefined') {
    heap.identify(leadRef); // expect: random-identity
    heap.track('Contact Request', { topic: form.elements.topic.value });
  }
  form.setAttribute('data-lead-ref', leadRef);
  return leadRef;
};

// Links in our nurture e-mails carry ?email=...
Acme.emailFromLink = function () {
  return Acme.getParam('email');
};

Acme.identifyFromEmailLink = function () {
  if (typeof heap !== 'undefined' && Acme.getParam('email')) {
    heap.identify(Acme.emailFromLink); // expect: identity-type
  }
};

window.Acme = Acme;
