$(function () {
    'use strict';

    var $form = $('#enable-2fa-form');
    if (!$form.length) {
        return;
    }

    $form.on('submit', function (event) {
        event.preventDefault();
        var method = $form.find('input[name=method]:checked').val();

        $.ajax({ url: $form.attr('action'), method: 'POST', data: $form.serialize() })
            .done(function () {
                Portal.analytics.setTraits({
                    two_factor_enabled: true, // expect: user-property-value
                    two_factor_method: method,
                    two_factor_enabled_at: new Date() // expect: user-property-value
                });
                Portal.analytics.track('Two-Step Verification Enabled', { method: method });
                window.location.reload();
            })
            .fail(function (xhr) {
                Portal.analytics.track('Two-Step Verification Failed', { status: xhr.status });
                $form.find('button[type=submit]').prop('disabled', false);
            });
    });
});
