/* Heap Insights: storefront events. Enqueued in the footer, after the snippet. */
(function ($, cfg) {
	'use strict';

	function track(name, props) {
		if (!window.heap || typeof window.heap.track !== 'function') {
			return;
		}
		window.heap.track(name, $.extend({ site: cfg.siteName || '' }, props || {}));
	}

	$(function () {
		$(document.body).on('added_to_cart', function (event, fragments, hash, $button) {
			track('Add To Cart', {
				product_id: String($button.data('product_id')),
				quantity: Number($button.data('quantity')) || 1
			});
		});

		$(document.body).on('removed_from_cart', function (event, fragments, hash, $button) {
			track('Remove From Cart', { product_id: String($button.data('product_id')) });
		});

		$(document.body).on('applied_coupon', function (event, code) {
			window.heap.addEventProperties({ coupon: code });
			track('Coupon Applied', { coupon: code });
		});

		$(document.body).on('removed_coupon', function () {
			window.heap.removeEventProperties('coupon'); // expect: unknown-heap-method
		});

		$('.hi-newsletter').on('submit', function (event) {
			event.preventDefault();
			var $form = $(this);
			$.post(cfg.ajaxUrl, { action: 'hi_newsletter', email: $form.find('[name=email]').val() })
				.done(function (resp) {
					if (!resp || !resp.success) {
						return;
					}
					// the server answers with sha256(email): the same person on every device
					if (!cfg.isLoggedIn) {
						heap.identify(resp.data.subscriber_hash);
					}
					heap.addUserProperties({ newsletter: 'subscribed', newsletter_list: resp.data.list || 'main' });
					track('Newsletter Subscribed');
				});
		});

		// order-received page
		if (cfg.lastOrder) {
			heap.addUserProperties({
				lifetime_orders: cfg.lastOrder.count,
				last_order: { id: cfg.lastOrder.id, total: cfg.lastOrder.total }, // expect: user-property-value
				last_order_total: cfg.lastOrder.total
			});
			track('Order Received Viewed', { order_id: String(cfg.lastOrder.id) });
		}
	});
})(jQuery, window.HeapInsights || {});
