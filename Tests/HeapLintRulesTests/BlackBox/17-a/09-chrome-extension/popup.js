/* global chrome, heap */
(function () {
  'use strict';

  function show(id) {
    document.getElementById('signed-in').hidden = id !== 'signed-in';
    document.getElementById('signed-out').hidden = id !== 'signed-out';
  }

  function onSignedIn(account) {
    chrome.storage.sync.set({ account: account });
    chrome.runtime.sendMessage({ type: 'signed-in', account: account });
    heap.track('Signed In', { provider: account.provider || 'email' });
    show('signed-in');
  }

  chrome.storage.sync.get(['account'], function (items) {
    var account = items.account;
    if (account && account.userId) {
      heap.identify(account.userId);
      heap.addUserProperties({ 'Extension Version': chrome.runtime.getManifest().version, 'Workspace': account.workspaceName || '' });
      show('signed-in');
    } else {
      heap.resetIdentity();
      show('signed-out');
    }
  });

  document.getElementById('sign-in').addEventListener('click', function () {
    var email = document.getElementById('email').value.trim();
    if (!email) return;
    heap.identify(email);
    fetch('https://api.tabwise.app/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: email })
    })
      .then(function (res) { return res.json(); })
      .then(function (account) {
        heap.identify(account.userId); // expect: conflicting-identities
        onSignedIn(account);
      });
  });

  document.getElementById('snooze').addEventListener('click', function () {
    chrome.tabs.query({ active: true, currentWindow: true }, function (tabs) {
      chrome.runtime.sendMessage({ type: 'snooze', tabId: tabs[0].id, minutes: 60 });
      heap.track('Tab Snoozed', { minutes: 60 });
    });
  });
})();
