export const ANALYTICS = {
  SYSTEM_IDENTITY: 'acme-platform-system',
  DEMO_IDENTITY: 'demo-workspace@acme.dev',
  EVENTS: {
    SIGNED_IN: 'Signed In',
    INVITE_ACCEPTED: 'Invite Accepted',
    ACCOUNT_SWITCHED: 'Account Switched',
    CHECKOUT_VIEWED: 'Checkout Viewed',
    TRAITS_SYNCED: 'Traits Synced',
    DEMO_OPENED: 'Demo Opened',
  },
} as const;

export type AnalyticsEvent = (typeof ANALYTICS.EVENTS)[keyof typeof ANALYTICS.EVENTS];
