(function (App, $) {
  'use strict';

  App.Models.Session = Backbone.Model.extend({
    url: App.config.apiRoot + '/session',

    defaults: {
      user: null
    },

    initialize: function () {
      this.on('change:user', this.onUserChange, this);
    },

    onUserChange: function () {
      var user = this.get('user');
      if (!user) { return; }
      App.analytics.identify(String(user.id));
      App.analytics.setProfile({
        plan: user.plan,
        fleet_size: user.fleet_size || 0,
        depot: user.depot_name || 'unassigned'
      });
      App.mixpanel.identify(user.email);
    },

    // Drivers on shared tablets never log in; we still wanted their activity grouped.
    resumeAnonymous: function () {
      var sessionId = $.cookie('fd_session');
      if (sessionId) {
        App.mixpanel.identify(sessionId);
        App.analytics.identify(sessionId); // expect: anonymous-identity
      }
    },

    isLoggedIn: function () {
      return !!this.get('user');
    }
  });
})(window.App, window.jQuery);
