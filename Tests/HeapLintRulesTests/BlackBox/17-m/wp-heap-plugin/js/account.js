/* Heap Insights: My Account pages. */
jQuery(function ($) {
	var cfg = window.HeapInsights || {};
	var who = cfg.isLoggedIn ? cfg.userId : 'not_authenticated';

	heap.identify(who); // expect: blocklisted-identity
	heap.track('My Account Viewed', { endpoint: $('body').attr('class').indexOf('woocommerce-orders') >= 0 ? 'orders' : 'dashboard' });

	$('.woocommerce-MyAccount-navigation a').on('click', function () {
		heap.track('Account Nav Clicked', { target: $(this).text().trim() });
	});

	$('form.woocommerce-EditAccountForm').on('submit', function () {
		var marketing = $('#account_marketing_optin').is(':checked');
		heap.addUserProperties({ marketing_optin: marketing ? 'yes' : 'no' });
	});
});
