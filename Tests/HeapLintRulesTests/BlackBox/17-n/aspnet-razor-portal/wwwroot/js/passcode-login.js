// Passwordless sign-in: email a six-digit code, then verify it.
(function ($) {
    'use strict';

    var $form = $('#passcode-form');
    var $error = $('#passcode-error');

    $('#send-code').on('click', function () {
        var email = $('#email').val();
        $.post('/api/auth/passcode', { email: email, __RequestVerificationToken: Portal.antiforgery() })
            .done(function () {
                $('#step-email').prop('hidden', true);
                $('#step-code').prop('hidden', false);
                Portal.analytics.track('Passcode Requested', { email_domain: String(email).split('@')[1] || '' });
            })
            .fail(function () {
                $error.text('We could not send a code to that address.');
            });
    });

    $form.on('submit', async function (event) {
        event.preventDefault();
        var res = await fetch('/api/auth/passcode/verify', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': Portal.antiforgery() },
            body: JSON.stringify({ email: $('#email').val(), code: $('#code').val() })
        });
        if (!res.ok) {
            $error.text('That code did not work. Check it and try again.');
            Portal.analytics.track('Passcode Rejected', { status: res.status });
            return;
        }

        var session = await res.json();
        Portal.analytics.identify(session.userId);

        var profile = await fetch('/api/me', { credentials: 'same-origin' }).then(function (r) { return r.json(); });
        Portal.analytics.setTraits({ company: profile.companyName, seats: profile.seatCount, locale: profile.locale });
        Portal.analytics.identify(profile.email); // expect: conflicting-identities

        window.location.assign($form.data('return-url') || '/');
    });
})(jQuery);
