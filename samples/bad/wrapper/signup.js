import { identifyUser } from './analytics';

export function onSignup(form) {
  identifyUser(form.email);
}

export function onSkip() {
  // The bad value hides behind the wrapper: reported here, naming the chain.
  identifyUser('guest');
}
