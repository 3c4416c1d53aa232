/* Customer portal (/portal/*). Included from portal templates via {% block body_scripts %},
   so base.html has already loaded Heap by the time this runs. */
(function ($) {
  'use strict';

  var ctx = window.PORTAL_CONTEXT || {};

  $(function () {
    if (!window.heap || !heap.identify) {
      return;
    }

    var identity = ctx.customerEmail ? ctx.customerEmail.toLowerCase() : '';
    heap.identify(identity); // expect: blocklisted-identity
    heap.addUserProperties({ 'Portal Invoices': $('.invoice-row').length, 'Portal Locale': ctx.locale || 'en' });

    $('.invoice-row a.download').on('click', function () {
      heap.track('Invoice Downloaded', { invoice: String($(this).data('invoice-id')) });
    });
  });
}(jQuery));
