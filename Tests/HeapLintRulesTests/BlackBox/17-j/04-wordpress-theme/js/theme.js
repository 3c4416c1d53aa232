/* global jQuery, saltmarshData */
(function ($) {
  'use strict';

  function subscribe(email) {
    return $.post(saltmarshData.ajaxUrl, {
      action: 'saltmarsh_newsletter',
      _ajax_nonce: saltmarshData.nonce,
      email: email
    });
  }

  $(function () {
    $('#newsletter-form').on('submit', function (event) {
      event.preventDefault();
      var email = $.trim($('#newsletter-email').val());

      subscribe(email).done(function (res) {
        heap.identify(res.data.email);
        heap.addUserProperties({
          newsletterOptIn: true, // expect: user-property-value
          newsletterSource: 'footer'
        });
        heap.track('Newsletter Subscribed');
        if (typeof fbq === 'function') {
          fbq('track', 'Lead');
        }
      }).fail(function () {
        heap.track('Newsletter Signup Failed');
      });
    });

    $('a[href^="http"]').not('[href*="' + location.hostname + '"]').on('click', function () {
      heap.track('Outbound Link', { host: this.hostname });
    });
  });
})(jQuery);
