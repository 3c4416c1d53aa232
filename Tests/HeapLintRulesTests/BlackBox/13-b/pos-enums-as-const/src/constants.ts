export enum DemoAccount {
  Identity = 'demo-store',
  Email = 'demo@tillpoint.example',
}

export const SHARED_TERMINAL = {
  id: 'terminal-shared',
  label: 'Front desk',
} as const;

export const HEAP_USERS = Object.freeze({
  TRAINING: 'training-mode',
});

export enum UserProp {
  Plan = 'plan',
  StoreNumber = 'store_number',
}
