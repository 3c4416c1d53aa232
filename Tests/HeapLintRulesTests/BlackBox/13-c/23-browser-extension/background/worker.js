chrome.runtime.onInstalled.addListener(async ({ reason }) => {
  if (reason === 'install') {
    await chrome.storage.local.set({ deviceId: crypto.randomUUID(), installedAt: Date.now() });
  }
});
