$(function () {
    'use strict';

    var $widget = $('#support-chat');
    if (!$widget.length) {
        return;
    }

    $('#start-chat').on('click', function () {
        var $button = $(this).prop('disabled', true);
        $.post('/api/support/chat-sessions', { topic: $('#chat-topic').val(), __RequestVerificationToken: Portal.antiforgery() })
            .done(function (data) {
                sessionStorage.setItem('acme.chat', data.chatSessionId);
                if ($widget.data('signed-in') !== true) {
                    // Agents look visitors up in Heap by their chat.
                    Portal.analytics.identify(data.chatSessionId); // expect: anonymous-identity
                }
                Portal.analytics.track('Support Chat Started', { topic: data.topic, queue: data.queueName });

                window.ChatClient.identify({ name: data.displayName, token: data.token });
                window.ChatClient.connect(data.chatSessionId, document.getElementById('chat-window'));
                $('#chat-window').prop('hidden', false);
            })
            .fail(function (xhr) {
                Portal.retries.schedule(function () { $button.prop('disabled', false); }, 2000);
                Portal.analytics.track('Support Chat Failed', { status: xhr.status });
            });
    });
});
