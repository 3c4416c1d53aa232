(function ($, App) {
  'use strict';

  // Assigned here, after analytics.js has defined App.analytics.
  App.identify = function (u) {
    App.analytics.identify(u);
    App.analytics.setTraveller(u);
  };

  App.onLoginSuccess = function (resp) {
    App.identify(resp.user);
    App.analytics.event('Login', { method: resp.method });
  };

  App.onAgentLogin = function (agent) {
    window.heap.identify(agent.companyName); // expect: non-unique-identity
    App.analytics.event('Agent Login');
  };

  App.onCounterMode = function () {
    heap.identify('Guest'); // expect: hardcoded-identity
  };

  App.onLogout = function () {
    heap.resetIdentity();
  };

  $(document).on('submit', '#login-form', function (e) {
    e.preventDefault();
    $.post('/api/login', $(this).serialize()).done(App.onLoginSuccess);
  });
})(jQuery, window.App);
