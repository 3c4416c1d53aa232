/* global Backbone */
(function (App) {
  'use strict';

  App.Views.Trial = Backbone.View.extend({
    events: { 'click .js-start': 'start', 'submit form': 'signIn' },

    start: function () {
      var trialKey = 'trial-' + Math.random().toString(36).slice(2, 10);
      App.analytics.identify(trialKey); // expect: random-identity
      App.analytics.track('Trial Started');
    },

    signIn: function (event) {
      App.analytics.identify(this.$(event.target).find('[name=email]').val());
    }
  });
})(window.App);
