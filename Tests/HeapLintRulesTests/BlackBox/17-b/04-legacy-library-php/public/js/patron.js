(function (root) {
  var Lib = root.Lib;

  // Methods attached after lib.js has created the namespace.
  Lib.analytics.setPatron = function (p) {
    root.heap.addUserProperties({
      checkouts: p.checkouts.length,
      favourite_genres: p.genres.join(', '),
      home_branch: p.branch
    });
  };

  Lib.onLogin = function (p) {
    Lib.identify(p.email);
    Lib.analytics.setPatron(p);
    Lib.track('Login');
  };

  Lib.onCardLinked = function (p) {
    root.heap.identify(p.email);
    Lib.track('Card Linked', { card_type: p.cardType });
    root.heap.identify(p.cardNumber); // expect: conflicting-identities
  };

  Lib.onSelfCheckoutStart = function () {
    Lib.identify('self-checkout-kiosk'); // expect: hardcoded-identity
  };

  Lib.onReturnScan = function (cardNo) {
    root.heap.identify(cardNo ? cardNo + '@countylib' : ""); // expect: blocklisted-identity
  };

  Lib.onLogout = function () {
    root.heap.resetIdentity();
  };
})(this);

(function (root) {
  var hp = root.heap;
  var patron = root.Lib.currentPatron;
  if (patron) {
    hp.identify(patron.fullName); // expect: non-unique-identity
    hp.track('Catalogue Search', { q: root.location.search });
  }
})(this);
