/* global $, heap */
$(function () {
  var $body = $('body');
  var currentUser = $body.data('user') || null;

  $('#upgrade-button').on('click', function () {
    heap.track('Upgrade Clicked', { from_plan: $(this).data('plan'), location: 'navbar' });
  });

  $('.report-card').on('click', '.js-share', function () {
    heap.track('Report Shared', { report_id: $(this).closest('.report-card').data('id') });
  });

  if (currentUser) {
    // old Heap docs: identify with a handle + extra fields
    heap.identify({ handle: currentUser.email, name: currentUser.name }); // expect: blocklisted-identity
  }

  $('#help-widget').on('click', function () {
    heap.track('Help Opened', { page: window.location.pathname });
  });
});
