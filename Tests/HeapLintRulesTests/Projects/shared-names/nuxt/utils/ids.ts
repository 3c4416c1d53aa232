export const IDS = Object.freeze({
  GUEST: 'guest',
});
