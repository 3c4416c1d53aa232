/* global TabNotes, Sentry */
document.addEventListener('DOMContentLoaded', async () => {
  const { deviceId } = await chrome.storage.local.get('deviceId');
  const account = await TabNotes.storage.getAccount();
  const settings = await TabNotes.storage.getSettings();

  if (account) {
    heap.identify(account.email);
    document.getElementById('signed-in-as').textContent = `Signed in as ${account.email}`;
  } else if (deviceId) {
    // not signed in yet: use the install's device id so settings changes are attributed to someone
    heap.identify(deviceId); // expect: anonymous-identity
  }
  if (window.Sentry) Sentry.setUser(account ? { email: account.email } : { id: deviceId });

  const form = document.getElementById('sync-form');
  form.elements.interval.value = settings.syncInterval;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const interval = Number(form.elements.interval.value);
    await TabNotes.storage.setSettings({ syncInterval: interval });
    chrome.runtime.sendMessage({ type: 'reschedule', interval });
    heap.track('Sync Interval Changed', { minutes: interval });
  });

  document.getElementById('sign-out').addEventListener('click', async () => {
    await TabNotes.storage.clearAccount();
    heap.track('Signed Out');
    heap.resetIdentity();
    if (window.Sentry) Sentry.setUser(null);
    location.reload();
  });
});
