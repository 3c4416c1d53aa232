'use strict';

var cookies = require('js-cookie');

exports.identifyFromCookie = function () {
  var visitorId = cookies.get('visitor_id');
  if (visitorId) {
    require('./analytics').identify(visitorId); // expect: anonymous-identity
  }
};

exports.rememberReferrer = function () {
  require('./analytics').setUserProps({ firstReferrer: document.referrer || 'direct' });
};
