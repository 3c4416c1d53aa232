/* global chrome, heap, TabNotesAnalytics */
document.addEventListener('DOMContentLoaded', function () {
  chrome.storage.sync.get(['account'], function (res) {
    var account = res.account;
    if (account && account.userId) {
      document.getElementById('who').textContent = account.email;
      TabNotesAnalytics.identify(account.userId);
      TabNotesAnalytics.setTraits({ plan: account.plan, notes_count: account.notesCount });
    } else {
      document.getElementById('who').textContent = 'Not signed in';
      TabNotesAnalytics.identify('signed-out-user'); // expect: hardcoded-identity
    }
  });

  document.getElementById('sign-out').addEventListener('click', function () {
    chrome.storage.sync.remove('account', function () {
      heap.resetIdentity();
      window.close();
    });
  });

  document.getElementById('new-note').addEventListener('click', function () {
    chrome.tabs.query({ active: true, currentWindow: true }, function (tabs) {
      var text = document.getElementById('note').value;
      chrome.storage.local.set({ ['note:' + tabs[0].url]: text }, function () {
        TabNotesAnalytics.track('Note Saved', { length: text.length, source: 'popup' });
      });
    });
  });
});
