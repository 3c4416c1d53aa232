import { ANALYTICS_DEFAULTS, STAFF } from './config.mjs';

class Account {
  constructor(data) {
    this.data = data;
  }

  getEmail() {
    return this.data.email;
  }

  get email() {
    return this.data.email;
  }
}

const heap = window.heap;

export function identifyAccount(raw) {
  const account = new Account(raw);
  heap.identify(account.getEmail); // expect: identity-type
}

export function identifyAccountFixed(raw) {
  const account = new Account(raw);
  heap.identify(account.getEmail());
  heap.addUserProperties({ source: ANALYTICS_DEFAULTS.source, schema: ANALYTICS_DEFAULTS.version });
}

export function identifyFromPreferences(prefs) {
  heap.identify(prefs.email);
}

export function identifyWithoutPreferences() {
  heap.identify(ANALYTICS_DEFAULTS.identity); // expect: blocklisted-identity
}

export function identifyStaffTerminal() {
  heap.identify(STAFF.identity); // expect: hardcoded-identity
}

export function identifyByGetter(raw) {
  heap.identify(new Account(raw).email);
}
