(function (App, $) {
  'use strict';

  App.Views.HeaderView = Backbone.View.extend({
    el: '#header',

    events: {
      'click .js-logout': 'logout',
      'click .js-help': 'openHelp'
    },

    initialize: function (options) {
      this.session = options.session;
      this.listenTo(this.session, 'change:user', this.render);
    },

    render: function () {
      var user = this.session.get('user');
      this.$el.html(user ? '<span>' + _.escape(user.name) + '</span> <a class="js-logout" href="#">Log out</a>' : '');
      return this;
    },

    openHelp: function () {
      App.analytics.track('Help Opened', { from: 'header' });
      window.open('mailto:' + App.config.supportEmail);
    },

    logout: function (e) {
      e.preventDefault();
      this.session.destroy().always(function () {
        // forget who this is so the next dispatcher starts clean
        if (window.heap) { window.heap.identify(); } // expect: identity-type
        App.router.navigate('login', { trigger: true });
      });
    }
  });
})(window.App, window.jQuery);
