/* Shared storage helpers for the popup and options pages. */
var TabNotes = window.TabNotes || {};

TabNotes.storage = {
  getAccount: function () {
    return chrome.storage.sync.get('account').then(function (r) { return r.account || null; });
  },
  clearAccount: function () {
    return chrome.storage.sync.remove('account');
  },
  getSettings: function () {
    return chrome.storage.sync.get({ settings: { theme: 'light', syncInterval: 30 } }).then(function (r) {
      return r.settings;
    });
  },
  setSettings: function (patch) {
    return TabNotes.storage.getSettings().then(function (current) {
      return chrome.storage.sync.set({ settings: Object.assign({}, current, patch) });
    });
  },
  getNotes: function () {
    return chrome.storage.local.get({ notes: [] }).then(function (r) { return r.notes; });
  },
  addNote: function (note) {
    return TabNotes.storage.getNotes().then(function (notes) {
      notes.push(note);
      return chrome.storage.local.set({ notes: notes });
    });
  }
};

window.TabNotes = TabNotes;
