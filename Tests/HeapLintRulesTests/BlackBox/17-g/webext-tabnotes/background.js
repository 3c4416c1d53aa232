/* Background page (MV2, non-persistent). lib/sync.js is loaded before this file. */
const HEAP_APP_ID = '4061938275';
const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';

async function trackForAccount(identity, event, properties = {}) {
  try {
    await fetch(HEAP_TRACK_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ app_id: HEAP_APP_ID, identity, event, properties }),
    });
  } catch (err) {
    console.warn('[tabnotes] heap track failed', err);
  }
}

chrome.runtime.onInstalled.addListener(async ({ reason, previousVersion }) => {
  const version = chrome.runtime.getManifest().version;
  if (reason === 'install') {
    await chrome.storage.local.set({ deviceId: crypto.randomUUID(), installedAt: Date.now() });
    await fetch(HEAP_TRACK_URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ app_id: HEAP_APP_ID, event: 'Extension Installed', properties: { version } }) }); // expect: server-identity
  } else if (reason === 'update') {
    const { account } = await chrome.storage.sync.get('account');
    if (account) await trackForAccount(account.email, 'Extension Updated', { from: previousVersion, to: version });
  }
});

function schedule(minutes) {
  chrome.alarms.create('sync', { periodInMinutes: minutes });
}
schedule(30);

chrome.runtime.onMessage.addListener((message) => {
  if (message.type === 'reschedule') schedule(message.interval);
});

chrome.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name !== 'sync') return;
  const { account } = await chrome.storage.sync.get('account');
  if (!account) return;
  const count = await syncNotes(account);
  await trackForAccount(account.email, 'Notes Synced', { count });
});
