/* Contact list page. Needs jQuery, MaxHeap and Acme.analytics. */
(function ($, Acme) {
  'use strict';

  function topDeals(deals, n) {
    var heap = new MaxHeap(function (d) { return d.amount; });
    deals.forEach(function (d) { heap.push(d); });
    var best = [];
    while (best.length < n && heap.size() > 0) {
      best.push(heap.pop());
    }
    heap.reset();
    return best;
  }

  $(function () {
    $('#contacts-table').on('click', '.js-assign-owner', function () {
      var $row = $(this).closest('tr');
      $.post('/contacts/' + $row.data('id') + '/assign/', { owner: $('#owner-select').val() })
        .done(function () {
          Acme.analytics.track('Owner Assigned', { contact_id: $row.data('id') });
        });
    });

    $('#onboarding-done').on('click', function () {
      Acme.analytics.setTraits({ crm_onboarded: true }); // expect: user-property-value
      $('#onboarding-banner').slideUp();
    });

    var deals = JSON.parse($('#deals-data').text() || '[]');
    $('#top-deals').html(topDeals(deals, 5).map(function (d) {
      return '<li>' + $('<span>').text(d.name).html() + ': $' + d.amount.toLocaleString() + '</li>';
    }).join(''));
  });
})(jQuery, window.Acme);
