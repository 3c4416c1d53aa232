import { getAccount, setAccount, type Account } from './account';
import { heapAddUserProperties, heapTrack } from './heap';
import { flushQueue, enqueue } from './queue';
import './tabs';
import './alarms';

type ExtensionMessage =
  | { type: 'track'; event: string; properties?: Record<string, string | number> }
  | { type: 'signed-in'; account: Account }
  | { type: 'signed-out' };

chrome.runtime.onInstalled.addListener(async ({ reason, previousVersion }) => {
  const version = chrome.runtime.getManifest().version;
  const account = await getAccount();

  if (reason === chrome.runtime.OnInstalledReason.INSTALL) {
    // nobody is signed in yet on a fresh install
    await heapTrack('Extension Installed', 'chrome-extension', { version }); // expect: server-identity
    await chrome.tabs.create({ url: 'https://clipwise.app/welcome?src=extension' });
  } else if (reason === chrome.runtime.OnInstalledReason.UPDATE && account) {
    await heapTrack('Extension Updated', account.userId, { from: previousVersion ?? 'unknown', to: version });
  }

  chrome.alarms.create('daily-heartbeat', { periodInMinutes: 24 * 60 });
  chrome.alarms.create('flush-queue', { periodInMinutes: 5 });
});

chrome.runtime.onMessage.addListener((message: ExtensionMessage, _sender, sendResponse) => {
  (async () => {
    switch (message.type) {
      case 'signed-in': {
        await setAccount(message.account);
        await heapAddUserProperties(message.account.userId, {
          email: message.account.email,
          plan: message.account.plan,
          boards: message.account.boards,
          extension_version: chrome.runtime.getManifest().version,
        });
        await heapTrack('Extension Signed In', message.account.userId);
        break;
      }
      case 'signed-out': {
        const account = await getAccount();
        if (account) await heapTrack('Extension Signed Out', account.userId);
        await setAccount(null);
        break;
      }
      case 'track': {
        const account = await getAccount();
        if (account) await enqueue({ identity: account.userId, event: message.event, properties: message.properties });
        break;
      }
    }
    sendResponse({ ok: true });
  })();
  return true;
});

chrome.contextMenus.onClicked.addListener(async (info) => {
  const account = await getAccount();
  if (!account) return;
  await heapTrack('Clip Saved', account.userId, { kind: info.mediaType ?? 'selection' });
});

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === 'flush-queue') void flushQueue();
});
