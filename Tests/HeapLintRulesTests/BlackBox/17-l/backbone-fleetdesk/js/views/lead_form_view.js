(function (App, $) {
  'use strict';

  // "Book a demo" form on the public side of the console.
  App.Views.LeadFormView = Backbone.View.extend({
    events: {
      'submit form': 'submit'
    },

    submit: function (e) {
      e.preventDefault();
      var data = {
        company: this.$('[name=company]').val(),
        email: this.$('[name=email]').val(),
        fleet_size: parseInt(this.$('[name=fleet_size]').val(), 10) || 0,
        source: this.$('[name=source]').val() || 'website'
      };
      var leadRef = 'lead-' + Date.now();
      $.post(App.config.apiRoot + '/leads', _.extend({ ref: leadRef }, data)).done(function () {
        App.analytics.identify(leadRef); // expect: random-identity
        App.analytics.setProfile({ lead_source: data.source, fleet_size: data.fleet_size });
        App.analytics.track('Demo Requested', { source: data.source, ref: leadRef });
      });
    }
  });
})(window.App, window.jQuery);
