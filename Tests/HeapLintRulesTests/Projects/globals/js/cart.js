/* global Shop */
(function () {
  function saveOwner() {
    var owner = localStorage.getItem('owner');
    if (!owner) {
      owner = 'wl_' + Math.random().toString(36).slice(2);
      localStorage.setItem('owner', owner);
    }
    return owner;
  }

  document.getElementById('save').addEventListener('click', function () {
    Shop.analytics.identify(saveOwner()); // expect: random-identity
  });
  document.getElementById('account').addEventListener('click', function () {
    Shop.analytics.identify(Shop.cookie('customer_email'));
  });
  document.getElementById('demo').addEventListener('click', function () {
    Shop.analytics.identify('shopper'); // expect: hardcoded-identity
  });
})();
