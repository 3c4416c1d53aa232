/* heaplint-disable conflicting-identities -- a catalogue of separate cases, not one flow */
import { identifyUser } from './lib/analytics';
import Analytics from './lib/analytics.js';
import * as lib from './lib';
import { v4 as uuidv4 } from 'uuid';

export function onLogin(user) {
  identifyUser(user.email);
  identifyUser(user.email || 'guest'); // expect: blocklisted-identity
}

export function onVisit() {
  identifyUser(uuidv4()); // expect: random-identity
  Analytics.login('admin'); // expect: hardcoded-identity
  lib.identifyUser(''); // expect: blocklisted-identity
  Analytics.track('Visit', { page: location.pathname });
}
