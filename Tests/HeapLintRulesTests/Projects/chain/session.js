import { identifyUser } from './analytics';

// Wraps the wrapper: a bad value passed to signIn still reaches heap.identify.
export function signIn(account) {
  identifyUser(account);
}

export function signInGuest() {
  identifyUser('guest'); // expect: blocklisted-identity
}
