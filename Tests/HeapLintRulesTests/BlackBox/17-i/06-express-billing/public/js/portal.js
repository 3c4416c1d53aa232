(function () {
  function readCookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : undefined;
  }

  // Loaded by the help-centre pages (no server-side user there): the support
  // widget leaves the customer's id in a cookie.
  var uid = readCookie('ll_uid');
  heap.identify(uid ? uid + '@ledgerline' : ''); // expect: blocklisted-identity

  document.addEventListener('click', function (e) {
    var link = e.target.closest('[data-export]');
    if (!link) return;
    heap.track('Export Requested', { format: link.getAttribute('data-export'), request: String(Date.now()) });
  });
})();
