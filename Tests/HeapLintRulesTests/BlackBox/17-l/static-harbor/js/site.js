/* Shared behaviour for every Harbor Yoga page. Loaded after Heap on all pages. */

function identifyVisitor(id) {
  if (!id || !window.heap) return;
  heap.identify(id);
}

function trackClick(name, props) {
  if (window.heap) {
    heap.track(name, props || {});
  }
}

window.Site = window.Site || {};
Site.identifyVisitor = identifyVisitor;
Site.trackClick = trackClick;

if (window.heap) {
  heap.addEventProperties({ page_type: document.body ? document.body.getAttribute('data-page') || 'other' : 'other' });
}

document.addEventListener('DOMContentLoaded', function () {
  var params = new URLSearchParams(window.location.search);

  // editors review draft pages with ?preview=1; keep their clicks out of real visitors
  if (params.get('preview') === '1') {
    identifyVisitor('cms-preview-editor'); // expect: hardcoded-identity
  }

  var promo = params.get('promo');
  if (promo) {
    heap.addEventProperties({ promo_code: promo });
  }

  var clearPromo = document.querySelector('[data-clear-promo]');
  if (clearPromo) {
    clearPromo.addEventListener('click', function () {
      heap.removeEventProperty('promo_code');
      heap.removeUserProperty('promo_code'); // expect: unknown-heap-method
    });
  }

  var logout = document.querySelector('[data-logout]');
  if (logout) {
    logout.addEventListener('click', function () {
      if (window.heap) heap.resetIdentity();
      window.dataLayer = window.dataLayer || [];
      window.dataLayer.push({ event: 'logout' });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-track]'), function (el) {
    el.addEventListener('click', function () {
      trackClick(el.getAttribute('data-track'), { href: el.getAttribute('href') || '' });
    });
  });
});
