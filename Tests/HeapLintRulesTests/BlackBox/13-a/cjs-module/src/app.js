'use strict';

const $ = require('jquery');
const { identify, addProps } = require('./analytics');

const currentUser = window.APP_STATE.currentUser || {};

$(function () {
  identify(currentUser.id || 'visitor'); // expect: hardcoded-identity
  addProps({ features: Object.keys(currentUser.features || {}) }); // expect: user-property-value
  addProps({ plan: currentUser.plan || 'free', projects: currentUser.projectCount || 0 });

  $('#logout').on('click', function () {
    require('./analytics').reset();
  });
});

$(document).on('user:verified', function (_event, user) {
  require('./analytics').identify(user.email);
});

$(document).on('showroom:start', function () {
  require('./analytics').identify('showroom-ipad'); // expect: hardcoded-identity
});
