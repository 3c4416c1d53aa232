'use strict';

const analytics = require('../lib/analytics');

// In-store tablets share one login.
function startKioskMode(store) {
  analytics.identify('kiosk'); // expect: hardcoded-identity
  analytics.setProperties({ storeNumber: store.number });
}

module.exports = startKioskMode;
