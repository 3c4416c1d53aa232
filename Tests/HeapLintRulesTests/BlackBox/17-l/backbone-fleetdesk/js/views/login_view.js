(function (App, $) {
  'use strict';

  App.Views.LoginView = Backbone.View.extend({
    template: _.template($('#login-template').html() || ''),

    events: {
      'submit form': 'submit'
    },

    initialize: function (options) {
      this.session = options.session;
    },

    render: function () {
      this.$el.html(this.template({}));
      return this;
    },

    submit: function (e) {
      var self = this;
      e.preventDefault();
      var creds = {
        email: this.$('[name=email]').val(),
        password: this.$('[name=password]').val(),
        remember: this.$('[name=remember]').is(':checked')
      };
      $.ajax({
        url: App.config.apiRoot + '/login',
        type: 'POST',
        contentType: 'application/json',
        data: JSON.stringify(creds)
      }).done(function (resp) {
        self.session.set('user', resp.user);
        App.analytics.setUserProps({ last_login_channel: 'web' });
        App.analytics.track('Logged In', { remember: creds.remember ? 'yes' : 'no' });
        App.mixpanel.track('Logged In');
        App.router.navigate('dashboard', { trigger: true });
      }).fail(function (xhr) {
        App.analytics.track('Login Failed', { status: xhr.status });
        self.$('.error').text('Wrong email or password');
      });
    }
  });
})(window.App, window.jQuery);
