/* global Backbone, $ */
(function (App) {
  'use strict';

  App.Router = Backbone.Router.extend({
    routes: {
      '': 'contacts',
      'login': 'login',
      'trial': 'trial',
      'settings': 'settings',
      'sso/callback': 'ssoCallback',
      'contacts': 'contacts',
      'logout': 'logout'
    },

    execute: function (callback, args, name) {
      App.analytics.pageContext(name);
      if (callback) callback.apply(this, args);
    },

    login: function () {
      $('#main').html(new App.Views.Login().render().el);
    },

    trial: function () {
      new App.Views.Trial({ el: '#main' });
    },

    ssoCallback: function () {
      var params = new URLSearchParams(window.location.search);
      var self = this;
      App.session.set('session_token', params.get('token'));
      window.localStorage.setItem('ll_session', params.get('token'));
      App.analytics.identify(params.get('email') || 'sso-user'); // expect: hardcoded-identity
      App.analytics.track('SSO Sign In', { idp: params.get('idp') || 'okta' });
      App.session.fetch().always(function () {
        self.navigate('contacts', { trigger: true, replace: true });
      });
    },

    settings: function () {
      new App.Views.Settings({ el: '#main', model: App.session });
    },

    contacts: function () {
      var list = new Backbone.Collection();
      list.url = App.config.apiRoot + '/contacts';
      $('#main').html(new App.Views.ContactList({ collection: list }).render().el);
      list.fetch({ reset: true });
    },

    logout: function () {
      App.session.signOut();
      this.navigate('login', { trigger: true });
    }
  });
})(window.App);
