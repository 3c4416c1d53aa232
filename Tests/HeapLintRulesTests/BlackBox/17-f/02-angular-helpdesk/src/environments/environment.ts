export const environment = {
  production: true,
  apiBase: '/api',
  intercomAppId: 'k3v9q2lm',
  widgetOrigin: 'https://widget.relaydesk.io',
};
