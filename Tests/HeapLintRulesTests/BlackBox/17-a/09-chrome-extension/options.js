/* global chrome, heap */
// options.html loads lib/heap-init.js before this file.
document.getElementById('save').addEventListener('click', function () {
  var digestEmail = document.getElementById('digest-email').value.trim();
  var frequency = document.getElementById('frequency').value;
  chrome.storage.sync.set({ digestEmail: digestEmail, frequency: frequency }, function () {
    heap.addUserProperties({ 'Digest Email': digestEmail, 'Digest Frequency': frequency });
    heap.track('Options Saved');
  });
});

document.getElementById('diagnostics').addEventListener('click', function () {
  // Support asked for a stable id they can search for in Heap.
  var installRef = heap.userId;
  heap.identify(installRef); // expect: anonymous-identity
  heap.track('Diagnostics Opened');
  document.getElementById('diag-output').textContent = 'Install reference: ' + installRef;
});
