(function (App, $) {
  'use strict';

  App.Router = Backbone.Router.extend({
    routes: {
      '': 'dashboard',
      'login': 'login',
      'kiosk/:yard': 'kiosk',
      'account': 'account',
      'demo': 'demo'
    },

    initialize: function () {
      this.on('route', this.trackRoute, this);
      this.prefetchRoutes(['dashboard', 'account']);
    },

    // warm the caches for likely next screens, most important first
    prefetchRoutes: function (names) {
      var heap = new App.util.TaskHeap();
      _.each(names, function (name, i) { heap.push({ route: name, priority: i }); });
      while (!heap.isEmpty()) {
        var task = heap.pop();
        $.get(App.config.apiRoot + '/prefetch/' + task.route);
      }
    },

    trackRoute: function (name) {
      App.analytics.track('Screen Viewed', { screen: name });
    },

    dashboard: function () {
      if (!App.session.isLoggedIn()) { return this.navigate('login', { trigger: true }); }
      $('#main').html('<div class="dashboard"></div>');
    },

    login: function () {
      new App.Views.LoginView({ el: '#main', session: App.session }).render();
    },

    kiosk: function (yard) {
      new App.Views.KioskView({ el: '#main', model: new Backbone.Model({ yard_code: yard }) });
      App.session.resumeAnonymous();
    },

    account: function () {
      var model = new Backbone.Model();
      model.url = App.config.apiRoot + '/account';
      new App.Views.AccountView({ el: '#main', model: model });
      model.fetch();
    },

    demo: function () {
      new App.Views.LeadFormView({ el: '#main' });
    }
  });
})(window.App, window.jQuery);
