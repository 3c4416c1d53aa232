/* Heap Insights: B2B quote request form on /request-a-quote. */
jQuery(function ($) {
	var cfg = window.HeapInsights || {};

	$('#hi-quote-form').on('submit', function (event) {
		event.preventDefault();
		var $form = $(this);
		// correlates the AJAX call with our PHP error log
		var requestId = 'rq-' + Math.random().toString(36).slice(2, 10);

		$.ajax({
			url: cfg.ajaxUrl,
			method: 'POST',
			data: $form.serialize() + '&action=hi_quote&request_id=' + encodeURIComponent(requestId)
		})
			.done(function (resp) {
				if (!resp || !resp.success) {
					heap.track('Quote Request Failed', { request_id: requestId });
					return;
				}
				var lead = resp.data || {};
				if (!cfg.isLoggedIn) {
					heap.identify(lead.lead_ref || 'lead-' + Math.random().toString(36).slice(2)); // expect: random-identity
				}
				heap.addUserProperties({ company_size: lead.company_size || 'unknown', quote_items: lead.items || 0 });
				heap.track('Quote Requested', { request_id: requestId, items: lead.items || 0 });
			})
			.fail(function (xhr) {
				heap.track('Quote Request Failed', { request_id: requestId, status: xhr.status });
			});
	});
});
