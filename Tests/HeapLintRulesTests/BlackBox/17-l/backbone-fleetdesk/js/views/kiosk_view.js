(function (App, $) {
  'use strict';

  // Full-screen check-in screen on the yard gate tablets.
  App.Views.KioskView = Backbone.View.extend({
    className: 'kiosk',

    events: {
      'click .js-start': 'start',
      'click .js-checkin': 'checkIn'
    },

    start: function () {
      App.analytics.identify('yard-gate-kiosk'); // expect: hardcoded-identity
      App.analytics.track('Kiosk Session Started', { yard: this.model.get('yard_code') });
    },

    checkIn: function (e) {
      var plate = $(e.currentTarget).data('plate');
      App.analytics.track('Vehicle Checked In', { yard: this.model.get('yard_code'), plate_region: String(plate).slice(0, 2) });
    }
  });
})(window.App, window.jQuery);
