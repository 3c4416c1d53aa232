export const environment = {
  production: false,
  apiUrl: 'http://localhost:8080/api',
  kioskMode: false,
  heap: {
    kioskIdentity: 'lobby-kiosk',
    trackTicketBodies: false,
  },
  sentryDsn: '',
};
