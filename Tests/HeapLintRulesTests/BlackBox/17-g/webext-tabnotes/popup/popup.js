/* global TabNotes */
(async function () {
  'use strict';

  const account = await TabNotes.storage.getAccount();
  const settings = await TabNotes.storage.getSettings();
  const notes = await TabNotes.storage.getNotes();
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });

  if (account && account.email) {
    heap.identify(account.email, { plan: account.plan }); // expect: identity-type
  }
  heap.addUserProperties({ theme: settings.theme, notes_count: notes.length });
  heap.track('Popup Opened', { host: new URL(tab.url).hostname });

  document.getElementById('count').textContent = `${notes.length} notes saved`;
  document.getElementById('theme-toggle').checked = settings.theme === 'dark';

  document.getElementById('save-note').addEventListener('click', async () => {
    const text = document.getElementById('note').value.trim();
    if (!text) return;
    await TabNotes.storage.addNote({ id: crypto.randomUUID(), url: tab.url, text, createdAt: Date.now() });
    heap.track('Note Saved', { length: text.length });
    window.close();
  });

  document.getElementById('theme-toggle').addEventListener('change', async (e) => {
    const theme = e.target.checked ? 'dark' : 'light';
    document.body.dataset.theme = theme;
    await TabNotes.storage.setSettings({ theme });
    heap.addUserProperty('theme', theme); // expect: unknown-heap-method
  });
})();
