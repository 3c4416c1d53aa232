/* Heap Insights: settings page in wp-admin. Not loaded on the storefront. */
(function ($, admin) {
	'use strict';

	function SettingsForm(selector) {
		this.$el = $(selector);
		this.values = {};
	}
	SettingsForm.prototype.load = function () {
		var self = this;
		this.$el.find('input, select').each(function () {
			self.values[this.name] = this.type === 'checkbox' ? this.checked : this.value;
		});
		return this;
	};
	SettingsForm.prototype.isValid = function () {
		return /^\d{6,12}$/.test(String(this.values.heap_insights_app_id || ''));
	};

	$(function () {
		var heap = new SettingsForm('#heap-insights-settings');
		heap.load();

		$('#hi-test-connection').on('click', function (event) {
			event.preventDefault();
			heap.load();
			if (!heap.isValid()) {
				$('#hi-test-result').text('The environment id is a number, e.g. 1234567890.');
				return;
			}
			$.ajax({
				url: admin.ajaxUrl,
				method: 'POST',
				data: { action: 'heap_insights_test', nonce: admin.nonce, app_id: heap.values.heap_insights_app_id }
			}).done(function (resp) {
				$('#hi-test-result').text(resp && resp.success ? 'Connected.' : 'Heap did not accept the test event.');
				if (window.gtag) {
					window.gtag('event', 'heap_test_connection', { ok: Boolean(resp && resp.success) });
				}
			});
		});
	});
})(jQuery, window.HeapInsightsAdmin || {});
