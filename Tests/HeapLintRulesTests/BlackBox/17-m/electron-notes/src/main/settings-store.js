const { randomUUID } = require('node:crypto');
const Store = require('electron-store');

// Settings live in the user's profile folder; installId identifies the installation,
// not the person (used for crash reports and update rollout buckets).
const store = new Store({
  name: 'settings',
  defaults: {
    theme: 'system',
    autoUpdate: true,
    telemetry: true,
    demoMode: false,
    installId: randomUUID(),
    lastSync: null,
    account: null,
  },
});

function getSettings() {
  const { account, ...rest } = store.store;
  return { ...rest, account: account ? { userId: account.userId, email: account.email } : null };
}

function updateSettings(patch) {
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'installId') continue;
    store.set(key, value);
  }
  return getSettings();
}

module.exports = { store, getSettings, updateSettings };
