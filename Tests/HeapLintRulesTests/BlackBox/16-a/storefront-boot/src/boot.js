// Storefront boot sequence. This file is evaluated once, when the bundle loads.
var HEAP_APP_ID = '3318204471';

function readCurrentUser() {
  var el = document.getElementById('current-user');
  if (!el) return null;
  try {
    return JSON.parse(el.textContent);
  } catch (e) {
    return null;
  }
}

function tagVisitor(user) {
  heap.addUserProperties({ locale: user.locale, tier: user.tier }); // expect: call-before-load
}

function identifyVisitor(user) {
  heap.identify(user.email); // expect: call-before-load
}

function startHeap() {
  heap.load(HEAP_APP_ID, { secureCookie: true });
}

function wireCartButtons() {
  document.querySelectorAll('[data-add-to-cart]').forEach(function (btn) {
    btn.addEventListener('click', function () {
      heap.track('Add To Cart', { sku: btn.dataset.sku });
    });
  });
}

function boot() {
  var user = readCurrentUser();
  if (user) {
    identifyVisitor(user);
    tagVisitor(user);
  }
  startHeap();
  wireCartButtons();
}

boot();
