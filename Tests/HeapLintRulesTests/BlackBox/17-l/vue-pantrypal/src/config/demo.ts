// Credentials for the public sandbox the sales team demos from.
export const DEMO = {
  enabledByQuery: 'demo',
  account: {
    email: 'sandbox@pantrypal.app',
    password: 'pantry-sandbox',
  },
} as const;
