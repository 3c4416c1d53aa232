'use strict';

const analytics = require('../lib/analytics');

function renderAccount(account) {
  require('../lib/analytics').identify(account.user.uuid);
  analytics.setProperties({ tier: account.tier, lifetimeOrders: account.orderCount });
}

function onLogout() {
  analytics.reset();
  window.location.assign('/');
}

module.exports = { renderAccount, onLogout };
