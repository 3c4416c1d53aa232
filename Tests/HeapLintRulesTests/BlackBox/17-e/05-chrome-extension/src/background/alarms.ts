import { getAccount } from './account';
import { HEAP_APP_ID } from './heap';

async function collectDailyStats() {
  const { clipsToday = 0 } = (await chrome.storage.local.get('clipsToday')) as { clipsToday?: number };
  const tabs = await chrome.tabs.query({});
  return { clips: clipsToday, tabs: tabs.length, version: chrome.runtime.getManifest().version };
}

chrome.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name !== 'daily-heartbeat') return;
  const account = await getAccount();
  if (!account) return;
  const stats = await collectDailyStats();

  await fetch('https://heapanalytics.com/api/track', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      events: [
        { identity: account.userId, event: 'Daily Active', properties: { clips: stats.clips, tabs: stats.tabs } },
        { identity: 'heartbeat', event: 'Extension Heartbeat', properties: { version: stats.version } }, // expect: server-identity
      ],
    }),
  });

  await fetch('https://heapanalytics.com/api/add_user_properties', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      identity: account.userId,
      properties: { clips_today: stats.clips, last_active_day: new Date().toISOString().slice(0, 10) },
    }),
  });
  await chrome.storage.local.set({ clipsToday: 0 });
});
