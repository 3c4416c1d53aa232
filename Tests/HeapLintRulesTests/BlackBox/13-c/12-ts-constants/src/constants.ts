export enum DemoAccount {
  Kiosk = 'kiosk-terminal',
  Sales = 'sales-demo',
}

export enum Mode {
  Demo = 'demo',
  Live = 'live',
}

export const PRESET_USERS = {
  qa: 'qa-bot@internal',
  support: 'support-shared',
} as const;

export const IDENTITIES = Object.freeze({
  GUEST: 'guest',
  NONE: '',
});
