/* global heap, $ */
(function () {
  'use strict';

  function getUserId() {
    return $('body').data('user-id');
  }

  function linkAnonymousHistory() {
    heap.identify(heap.userId); // expect: anonymous-identity
  }

  function linkHeapUser() {
    heap.identify(heap.getUserId()); // expect: anonymous-identity
  }

  function identifyFromPage() {
    heap.identify(getUserId); // expect: identity-type
  }

  function identifyWithEmail(user) {
    heap.identify(user.id, user.email); // expect: identity-type
  }

  function identifyLegacy(user) {
    heap.identify({ handle: user.email }); // expect: blocklisted-identity
  }

  function identifyCurrent() {
    var id = getUserId();
    if (id) {
      heap.identify(String(id));
      heap.addUserProperties({ page: document.body.dataset.page });
    }
  }

  $(document).on('click', '#logout', function () {
    heap.identify(); // expect: identity-type
    window.location.href = '/logout';
  });

  $(function () {
    identifyCurrent();
  });

  window.App = { linkAnonymousHistory: linkAnonymousHistory, linkHeapUser: linkHeapUser, identifyFromPage: identifyFromPage, identifyWithEmail: identifyWithEmail, identifyLegacy: identifyLegacy };
})();
