const path = require('node:path');
const os = require('node:os');
const { app, BrowserWindow, ipcMain, shell } = require('electron');
const { getSettings, updateSettings, store } = require('./settings-store');

function createWindow() {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, '../preload/preload.js'),
      contextIsolation: true,
      sandbox: true,
    },
  });
  win.loadFile(path.join(__dirname, '../renderer/index.html'));
  win.webContents.setWindowOpenHandler(({ url }) => {
    shell.openExternal(url);
    return { action: 'deny' };
  });
}

ipcMain.handle('settings:get', () => getSettings());
ipcMain.handle('settings:update', (_event, patch) => updateSettings(patch));
ipcMain.handle('device:id', () => `${os.hostname()}-${store.get('installId')}`);
ipcMain.handle('account:save', (_event, account) => store.set('account', account));
ipcMain.handle('account:clear', () => store.delete('account'));

app.whenReady().then(() => {
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
