/* Claims portal - main script. Keep this file ES5: the portal still supports old kiosks. */

var PORTAL = {
  heapId: '9182736450',
  currency: 'EUR',
  pageSize: 25
};

function formatCurrency(amount) {
  return new Intl.NumberFormat('de-DE', { style: 'currency', currency: PORTAL.currency }).format(amount);
}

function debounce(fn, wait) {
  var t;
  return function () {
    var args = arguments, self = this;
    clearTimeout(t);
    t = setTimeout(function () { fn.apply(self, args); }, wait);
  };
}

function parseQuery(search) {
  var out = {};
  (search || '').replace(/^\?/, '').split('&').forEach(function (pair) {
    if (!pair) return;
    var kv = pair.split('=');
    out[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1] || '');
  });
  return out;
}

function clamp(n, lo, hi) {
  return Math.max(lo, Math.min(hi, n));
}

function pageFromQuery(q) {
  return clamp(parseInt(q.page, 10) || 1, 1, 500);
}

function recordFilterUsage(filters) {
  var used = Object.keys(filters).filter(function (k) { return filters[k]; });
  if (used.length) {
    heap.track('Claims Filtered', { filters: used.join(',') }); // expect: call-before-load
  }
}

function applyFilters(q) {
  var filters = { status: q.status || '', insurer: q.insurer || '' };
  recordFilterUsage(filters);
  return filters;
}

function renderRow(claim) {
  return '<tr><td>' + claim.ref + '</td><td>' + formatCurrency(claim.amount) + '</td></tr>';
}

function renderTable(claims) {
  var body = document.querySelector('#claims tbody');
  if (!body) return;
  body.innerHTML = claims.map(renderRow).join('');
}

function fetchClaims(filters, page) {
  var url = '/api/claims?page=' + page + '&status=' + encodeURIComponent(filters.status);
  return fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.json(); });
}

function onSearchInput(e) {
  heap.track('Claims Search Typed', { length: e.target.value.length });
}

function loadAnalytics() {
  heap.load(PORTAL.heapId);
}

function init() {
  var q = parseQuery(window.location.search);
  var filters = applyFilters(q);
  var page = pageFromQuery(q);
  loadAnalytics();
  fetchClaims(filters, page).then(renderTable);
  var search = document.getElementById('claim-search');
  if (search) search.addEventListener('input', debounce(onSearchInput, 400));
}

init();

(function tagAdjuster() {
  var adjuster = window.currentAdjuster;
  if (adjuster && adjuster.id) {
    heap.identify(adjuster.id);
    heap.addUserProperties({ region: adjuster.region, seniority: adjuster.years });
  }
})();
