// Used when the app starts without network and no cached session is found.
export const OFFLINE_USER = 'offline-runner';

export const SCREENS = {
  onboarding: 'Onboarding',
  login: 'Login',
  workout: 'Workout',
  settings: 'Settings',
} as const;
