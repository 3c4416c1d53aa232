export const environment = {
  production: true,
  apiBaseUrl: '/api',
  heap: {
    // The reception screens in our offices run the console unattended.
    kioskIdentity: 'lobby-display',
    eventPrefix: 'console',
  },
} as const;
