export const ANALYTICS_DEFAULTS = Object.freeze({
  identity: 'none',
  source: 'web',
  version: 3,
});

export const STAFF = Object.freeze({
  identity: 'acme-staff',
});
