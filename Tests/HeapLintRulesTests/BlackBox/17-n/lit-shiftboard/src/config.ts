// Values shared across the app. The demo workspace is a real, read-only
// workspace that "Try the demo" signs visitors into.
export const DEMO_WORKSPACE = {
  slug: 'harbour-cafe-demo',
  ownerEmail: 'demo-owner@shiftboard.app',
  locations: 3,
} as const;

export const API_BASE = '/api';

export const FEATURES = {
  shiftSwaps: true,
  timeClock: true,
  payrollExport: false,
} as const;
