export enum AuthState {
  Guest = 'guest',
  Member = 'member',
  Staff = 'staff',
}

export enum DemoUser {
  Identity = 'demo-user',
  Plan = 'enterprise',
}

export const IDENTITIES = {
  KIOSK: 'lobby-kiosk',
  SUPPORT: 'support-agent',
} as const;

export const FALLBACKS = Object.freeze({
  anonymous: 'anonymous',
  unknown: 'unknown-user',
});

export enum Tier {
  Free = 'free',
  Pro = 'pro',
}
