'use strict';

var analytics = require('../analytics');

function CheckoutPage(cart) {
  this.cart = cart;
}

CheckoutPage.prototype.confirm = function () {
  var cart = this.cart;
  analytics.identify(cart.customerEmail ? cart.customerEmail : ''); // expect: blocklisted-identity
  analytics.addProps({ cart_size: cart.items.length, cart_total: cart.total });
};

CheckoutPage.prototype.loginAndConfirm = function (account) {
  analytics.identify(account.email);
  analytics.addProps({ saved_cards: account.cards.length });
};

module.exports = CheckoutPage;
