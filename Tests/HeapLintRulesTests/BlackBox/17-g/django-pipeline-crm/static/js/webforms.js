/* Lead capture forms on the public site. */
(function ($) {
  'use strict';

  function readCookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  $(function () {
    // set by the marketing site on the first visit
    var visitorId = readCookie('pcrm_visitor');
    if (visitorId) {
      Acme.analytics.identify(visitorId); // expect: anonymous-identity
    }

    $('form.lead-form').on('submit', function () {
      var $form = $(this);
      Acme.analytics.setTraits({ lead_company: $form.find('[name=company]').val() || '' });
      Acme.analytics.track('Lead Form Submitted', {
        form: $form.data('form-name'),
        source: $form.find('[name=utm_source]').val() || 'direct'
      });
    });
  });
})(jQuery);
