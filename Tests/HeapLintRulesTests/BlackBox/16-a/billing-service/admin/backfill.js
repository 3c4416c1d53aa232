// Internal admin page script: pushes corrected plan properties for one customer.
$(function () {
  var HEAP_PROPS_ENDPOINT = 'https://heapanalytics.com/api/add_user_properties';

  $('#backfill-form').on('submit', function (e) {
    e.preventDefault();
    var email = $('#customer-email').val();
    var settings = {
      url: HEAP_PROPS_ENDPOINT,
      type: 'POST',
      contentType: 'application/json',
      data: JSON.stringify({
        app_id: $('#app-id').val(),
        identity: email,
        properties: { plan: $('#plan').val() }
      })
    };
    $.ajax(settings).done(function () { $('#status').text('done'); });
  });

  $('#backfill-default').on('click', function () {
    $.ajax({ // expect: server-identity
      url: HEAP_PROPS_ENDPOINT,
      type: 'POST',
      contentType: 'application/json',
      data: JSON.stringify({
        app_id: $('#app-id').val(),
        properties: { plan: 'legacy' }
      })
    });
  });
});
