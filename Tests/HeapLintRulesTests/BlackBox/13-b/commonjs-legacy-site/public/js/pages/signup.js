'use strict';

var $ = require('jquery');
var analytics = require('../lib/analytics');
var helpers = require('../lib/tracking-helpers');

$(function () {
  helpers.rememberReferrer();

  $('#signup-form').on('submit', function (e) {
    e.preventDefault();
    var form = this;
    $.post('/api/signup', $(form).serialize()).done(function (account) {
      analytics.identify(account.email);
      analytics.setUserProps({ company: account.company, employees: account.employees });
      window.location.href = '/welcome';
    });
  });
});
