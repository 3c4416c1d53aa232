const { app, BrowserWindow } = require('electron');
const path = require('path');
const Store = require('electron-store');
const heapApi = require('heap-api')(process.env.HEAP_APP_ID);

const settings = new Store();

function createWindow() {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: { preload: path.join(__dirname, '../renderer/heap-bootstrap.js') },
  });
  win.loadFile(path.join(__dirname, '../renderer/index.html'));
}

app.whenReady().then(() => {
  createWindow();
  const email = settings.get('account.email');
  if (email) {
    heapApi.track('App Launched', email, { version: app.getVersion() });
  }
});
