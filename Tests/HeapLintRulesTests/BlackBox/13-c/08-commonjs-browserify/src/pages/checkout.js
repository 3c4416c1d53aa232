'use strict';

const { identify, setProperties } = require('../lib/analytics');
const cart = require('../cart');

function onOrderPlaced(order) {
  identify(order.customer.id || 'visitor'); // expect: hardcoded-identity
  setProperties({ cartSize: cart.items.length, coupons: cart.coupons.map((c) => c.code) }); // expect: user-property-value
}

document.addEventListener('order:placed', (e) => onOrderPlaced(e.detail));
