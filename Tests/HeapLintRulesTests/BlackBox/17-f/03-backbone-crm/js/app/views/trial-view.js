/* global Backbone, $ */
(function (App) {
  'use strict';

  // "Try Ledgerline" sandbox: spins up a demo workspace before the visitor
  // has given us an email address.
  App.Views.Trial = Backbone.View.extend({
    events: {
      'click .js-start-trial': 'startTrial',
      'submit .js-claim-trial': 'claimTrial'
    },

    startTrial: function () {
      var trialKey = 'trial-' + Math.random().toString(36).slice(2, 10);
      window.sessionStorage.setItem('ll_trial', trialKey);
      App.analytics.identify(trialKey); // expect: random-identity
      App.analytics.track('Trial Started', { source: document.referrer ? 'referral' : 'direct' });
      return $.post(App.config.apiRoot + '/trials', { key: trialKey });
    },

    claimTrial: function (e) {
      e.preventDefault();
      var email = this.$('[name=email]').val();
      App.analytics.addProperties({ trial_claimed: 'yes' });
      return $.post(App.config.apiRoot + '/trials/claim', {
        key: window.sessionStorage.getItem('ll_trial'),
        email: email
      });
    }
  });
})(window.App);
