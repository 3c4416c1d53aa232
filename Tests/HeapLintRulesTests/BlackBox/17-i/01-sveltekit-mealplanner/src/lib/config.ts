// Settings for the wall-mounted "kitchen mode" tablets.
export const KITCHEN = {
  deviceKey: 'pp_device_id',
  sharedIdentity: 'kitchen-tablet',
  idleMinutes: 30
} as const;
