/* Heap Insights: identity after an AJAX login (login modal plugins fire these events). */
jQuery(function ($) {
	var cfg = window.HeapInsights || {};

	$(document.body).on('hi_ajax_login xoo_el_form_submitted', function (event, data) {
		if (!data || !data.user_id) {
			return;
		}
		heap.identify(String(data.user_id));
		heap.addUserProperties({ login_source: 'modal', email_hash: data.email_hash || cfg.emailHash });
		// Sales looks people up by email in Heap
		if (data.email) {
			heap.identify(data.email); // expect: conflicting-identities
		}
	});

	$(document.body).on('hi_ajax_logout', function () {
		heap.track('Logged Out');
		heap.resetIdentity();
	});
});
