/* global jQuery, harborData */
(function ($) {
	'use strict';

	// Mobile menu
	$('.menu-toggle').on('click', function () {
		var expanded = $(this).attr('aria-expanded') === 'true';
		$(this).attr('aria-expanded', String(!expanded));
		$('#primary-menu').toggleClass('is-open', !expanded);
	});

	// Membership details for logged-in members (localized in functions.php)
	if (window.heap && harborData.loggedIn && harborData.memberLevel) {
		window.heap.addUserProperties({
			member_level: harborData.memberLevel,
			boat_class: harborData.boatClass || 'none'
		});
	}

	$('.js-join-cta').on('click', function () {
		if (window.heap) {
			window.heap.track('Join CTA Clicked', { placement: $(this).data('cta') });
		}
	});

	// Quick-join form on the /join page
	$('#harbor-join').on('submit', function (e) {
		e.preventDefault();
		var $form = $(this);
		$.post(harborData.ajaxUrl, {
			action: 'harbor_join',
			_ajax_nonce: harborData.nonce,
			email: $form.find('[name=email]').val(),
			level: $form.find('[name=level]').val()
		}).done(function (resp) {
			var data = resp.data;
			window.heap.identify(data.user_email, { level: data.level }); // expect: identity-type
			window.heap.track('Membership Joined', { level: data.level });
			$form.replaceWith('<p class="join__done">Welcome aboard! Check your email to set a password.</p>');
		}).fail(function (xhr) {
			$form.find('.join__error').text((xhr.responseJSON && xhr.responseJSON.data.message) || 'Something went wrong.');
		});
	});
})(jQuery);
