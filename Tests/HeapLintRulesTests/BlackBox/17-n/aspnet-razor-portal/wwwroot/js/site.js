// Acme customer portal: shared front-end helpers. Loaded on every page by _Layout.
(function (window, $) {
    'use strict';

    var Portal = window.Portal = window.Portal || {};

    Portal.analytics = {
        identify: function (userId) {
            if (!window.heap || !userId) {
                return;
            }
            window.heap.identify(String(userId));
        },
        setTraits: function (traits) {
            if (window.heap) {
                window.heap.addUserProperties(traits);
            }
        },
        track: function (name, props) {
            if (window.heap) {
                window.heap.track(name, props || {});
            }
        },
        signOut: function () {
            if (window.heap) {
                window.heap.resetIdentity();
            }
        }
    };

    // Uploads (support attachments, PO documents) retry with backoff.
    Portal.retries = new window.RetryQueue();

    Portal.antiforgery = function () {
        return $('input[name="__RequestVerificationToken"]').val();
    };

    $(function () {
        $('[data-bs-toggle="tooltip"]').each(function () {
            new window.bootstrap.Tooltip(this);
        });
    });
})(window, jQuery);
