const { contextBridge, ipcRenderer } = require('electron');

contextBridge.exposeInMainWorld('desktop', {
  version: process.env.npm_package_version || '0.0.0',
  platform: process.platform,
  getSettings: () => ipcRenderer.invoke('settings:get'),
  updateSettings: (patch) => ipcRenderer.invoke('settings:update', patch),
  getDeviceId: () => ipcRenderer.invoke('device:id'),
  saveAccount: (account) => ipcRenderer.invoke('account:save', account),
  clearAccount: () => ipcRenderer.invoke('account:clear'),
});
