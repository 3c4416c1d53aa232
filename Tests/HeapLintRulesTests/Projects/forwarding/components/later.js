import { identifyNow, identify } from '../hooks/forward';

export function signOut() {
  identifyNow(); // expect: identity-type
}

export function kiosk() {
  identifyNow('anonymous'); // expect: blocklisted-identity
}

export function signIn(user) {
  identifyNow(user.id);
}

export function signInByEmail(user) {
  identify(user.email, 'email');
}
