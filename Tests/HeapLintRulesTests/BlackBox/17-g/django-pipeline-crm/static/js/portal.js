/* Customer portal. */
$(function () {
  var $root = $('#portal-root');
  var orgId = $root.data('org-id');

  if (orgId) {
    // one Heap user per customer organisation so CS sees the whole account
    Acme.analytics.identify('org-' + orgId); // expect: non-unique-identity
  }
  Acme.analytics.track('Portal Viewed', { section: $root.data('section') });

  $('.tickets').on('click', 'li', function () {
    Acme.analytics.track('Portal Ticket Opened', { subject: $(this).text().slice(0, 80) });
  });
});
