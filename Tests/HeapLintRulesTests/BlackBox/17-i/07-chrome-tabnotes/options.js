/* global chrome, heap */
document.getElementById('save').addEventListener('click', function () {
  var theme = document.getElementById('theme').value;
  var sync = document.getElementById('sync').checked;
  chrome.storage.sync.set({ theme: theme, sync: sync }, function () {
    heap.addUserProperties({
      theme: theme,
      sync_enabled: sync ? 'on' : 'off',
      settings_saved_at: new Date() // expect: user-property-value
    });
    heap.track('Settings Saved', { theme: theme });
  });
});
