/* global Backbone, _, $ */
(function (App) {
  'use strict';

  App.Views.Login = Backbone.View.extend({
    template: _.template($('#tpl-login').html()),

    events: {
      'submit form': 'onSubmit'
    },

    render: function () {
      this.$el.html(this.template());
      return this;
    },

    onSubmit: function (e) {
      e.preventDefault();
      var email = this.$('[name=email]').val();
      var password = this.$('[name=password]').val();
      var self = this;

      App.session.signIn(email, password).done(function (resp) {
        var user = resp.user;
        App.analytics.identify(user.id);
        App.analytics.addProperties({
          email: user.email,
          company: resp.account.name,
          seats: resp.account.seats,
          plan: resp.account.plan
        });
        App.analytics.setProfile({ role: user.role });
        window.mixpanel.identify(user.id);
        App.router.navigate('contacts', { trigger: true });
      }).fail(function () {
        self.$('form').addClass('has-error');
      });
    }
  });
})(window.App);
