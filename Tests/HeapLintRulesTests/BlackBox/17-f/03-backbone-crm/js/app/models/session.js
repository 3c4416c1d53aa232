/* global Backbone, $ */
(function (App) {
  'use strict';

  App.Models.Session = Backbone.Model.extend({
    url: function () { return App.config.apiRoot + '/session'; },

    defaults: {
      session_token: null,
      user: null
    },

    restore: function () {
      var sessionToken = window.localStorage.getItem('ll_session');
      if (!sessionToken) return $.Deferred().reject().promise();
      this.set('session_token', sessionToken);
      return this.fetch({
        headers: { Authorization: 'Bearer ' + sessionToken }
      }).done(function () {
        // keep Heap's user in sync with the signed-in session
        App.analytics.identify(sessionToken); // expect: anonymous-identity
        App.analytics.pageContext('restored');
      });
    },

    signIn: function (email, password) {
      var self = this;
      return $.ajax({
        url: this.url(),
        method: 'POST',
        contentType: 'application/json',
        data: JSON.stringify({ email: email, password: password })
      }).done(function (resp) {
        window.localStorage.setItem('ll_session', resp.session_token);
        self.set(resp);
      });
    },

    signOut: function () {
      window.localStorage.removeItem('ll_session');
      this.clear();
      App.analytics.logout();
    }
  });
})(window.App);
