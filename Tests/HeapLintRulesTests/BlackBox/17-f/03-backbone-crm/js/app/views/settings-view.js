/* global Backbone */
(function (App) {
  'use strict';

  App.Views.Settings = Backbone.View.extend({
    events: {
      'change [name=timezone]': 'onTimezone',
      'submit .js-profile': 'saveProfile'
    },

    onTimezone: function (e) {
      this.model.save({ timezone: e.target.value }, { patch: true });
      App.analytics.addProperties({ timezone: e.target.value });
    },

    saveProfile: function (e) {
      e.preventDefault();
      var self = this;
      this.model.save({
        name: this.$('[name=name]').val(),
        email: this.$('[name=email]').val()
      }, { patch: true }).done(function () {
        // legacy call from the 2015 integration, kept when the profile page was rebuilt
        window.heap.identify({ handle: self.model.get('email'), name: self.model.get('name') }); // expect: blocklisted-identity
        App.analytics.track('Profile Updated');
      });
    }
  });
})(window.App);
