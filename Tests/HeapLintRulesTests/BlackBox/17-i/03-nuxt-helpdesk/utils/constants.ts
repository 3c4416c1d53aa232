export const ANALYTICS = Object.freeze({
  APP_NAME: 'relay-helpdesk',
  GUEST_ID: 'guest',
  DEFAULT_CHANNEL: 'web'
});

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
