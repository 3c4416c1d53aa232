/* Heap Insights: WooCommerce checkout. */
jQuery(function ($) {
	var cfg = window.HeapInsights || {};
	var steps = { billing: false, shipping: false, payment: false };

	function markStep(step) {
		if (steps[step]) {
			return;
		}
		steps[step] = true;
		heap.track('Checkout Step Completed', { step: step });
	}

	$('form.checkout').on('change', '#billing_email, #billing_postcode', function () {
		markStep('billing');
	});
	$('form.checkout').on('change', 'input[name^="shipping_method"]', function () {
		markStep('shipping');
	});

	$('form.checkout').on('checkout_place_order', function () {
		var email = $.trim($('#billing_email').val() || '');
		// signed-in customers are already identified by their user id (footer snippet)
		if (email && !cfg.isLoggedIn) {
			heap.identify(email.toLowerCase());
		}
		heap.track('Place Order Clicked', {
			payment_method: $('input[name="payment_method"]:checked').val() || 'unknown'
		});
		return true;
	});

	$(document.body).on('updated_checkout', function () {
		markStep('payment');
		if (!cfg.isLoggedIn && cfg.wcSessionId) {
			// guests: follow the cart session until they give us an email
			heap.identify(cfg.wcSessionId); // expect: anonymous-identity
		}
	});

	$(document.body).on('checkout_error', function () {
		heap.track('Checkout Error', { errors: $('.woocommerce-error li').length });
	});
});
