'use strict';

const { ipcRenderer } = require('electron');
const { tracker, identifyMachine, identifyAccount } = require('./analytics');

const enabledFeatures = { sync: true, offline: false, spellcheck: true };

window.addEventListener('DOMContentLoaded', async () => {
  const info = await ipcRenderer.invoke('app:info');
  tracker.setTraits({ appVersion: info.version, platform: info.platform });
  tracker.setTraits({ features: Object.keys(enabledFeatures) }); // expect: user-property-value

  const account = await ipcRenderer.invoke('account:current');
  if (account) {
    identifyAccount(account);
  } else {
    identifyMachine();
  }
});
