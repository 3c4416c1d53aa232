$(function () {
    'use strict';

    $(document).on('click', '.js-invoice-download', function () {
        var $link = $(this);
        if (window.heap) {
            window.heap.trackEvent('Invoice Downloaded', { // expect: unknown-heap-method
                invoice_number: String($link.data('invoice')),
                amount: Number($link.data('total')),
                download_id: crypto.randomUUID()
            });
        }
    });

    $('#invoice-filter').on('change', function () {
        Portal.analytics.track('Invoices Filtered', { status: $(this).val() });
    });
});
