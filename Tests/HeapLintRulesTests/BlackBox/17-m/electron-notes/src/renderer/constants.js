export const DEMO = Object.freeze({
  userId: 'inkwell-demo',
  notebook: 'Welcome tour',
});

export const EVENTS = Object.freeze({
  APP_OPENED: 'App Opened',
  NOTE_CREATED: 'Note Created',
  SYNC_FINISHED: 'Sync Finished',
  SETTINGS_CHANGED: 'Settings Changed',
  SIGNED_IN: 'Signed In',
  SIGNED_OUT: 'Signed Out',
});
