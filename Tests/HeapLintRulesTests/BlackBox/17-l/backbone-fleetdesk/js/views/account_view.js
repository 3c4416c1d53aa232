(function (App, $) {
  'use strict';

  App.Views.AccountView = Backbone.View.extend({
    events: {
      'click .js-upgrade': 'upgrade'
    },

    initialize: function () {
      this.listenTo(this.model, 'sync', this.syncAnalytics);
    },

    syncAnalytics: function () {
      var acct = this.model.toJSON();
      if (!window.heap) { return; }
      window.heap.addUserProperties({
        plan: acct.plan,
        vehicles: acct.vehicle_count,
        trial_ends: new Date(acct.trial_ends_at), // expect: user-property-value
        billing_country: acct.billing_country || 'unknown'
      });
    },

    upgrade: function () {
      var self = this;
      $.post(App.config.apiRoot + '/account/upgrade', { plan: 'fleet-pro' }).done(function () {
        App.analytics.setProfile({ plan: 'fleet-pro', upgraded_at: new Date().toISOString() });
        App.analytics.track('Plan Upgraded', { from: self.model.get('plan'), to: 'fleet-pro' });
      });
    }
  });
})(window.App, window.jQuery);
