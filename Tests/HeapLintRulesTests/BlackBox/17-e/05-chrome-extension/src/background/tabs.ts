import { getAccount } from './account';
import { HEAP_APP_ID } from './heap';

const lastHost = new Map<number, string>();

chrome.tabs.onActivated.addListener(async ({ tabId }) => {
  const tab = await chrome.tabs.get(tabId);
  if (!tab.url?.startsWith('https://')) return;
  const host = new URL(tab.url).host;
  if (lastHost.get(tabId) === host) return;
  lastHost.set(tabId, host);

  // only count sites where the clip button is visible
  const { enabledHosts = [] } = (await chrome.storage.sync.get('enabledHosts')) as { enabledHosts?: string[] };
  if (!enabledHosts.includes(host)) return;

  await fetch('https://heapanalytics.com/api/track', { // expect: server-identity
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      event: 'Clip Button Shown',
      properties: { host },
    }),
  });
});

chrome.tabs.onRemoved.addListener((tabId) => {
  lastHost.delete(tabId);
});

export async function reportShortcutUsed(command: string) {
  const account = await getAccount();
  if (!account) return;
  await fetch('https://heapanalytics.com/api/track', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      identity: account.userId,
      event: 'Shortcut Used',
      properties: { command },
    }),
  });
}
