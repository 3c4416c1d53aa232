import { identifyUser } from '../lib/identify-user';

interface OAuthProfile {
  id: string;
  displayName: string;
  emails: { value: string }[];
}

export function onGoogleLogin(profile: OAuthProfile) {
  identifyUser({ id: profile.displayName, email: profile.emails[0]?.value }); // expect: non-unique-identity
}

export function onGithubLogin(profile: OAuthProfile, plan: string) {
  identifyUser({ id: profile.id, email: profile.emails[0]?.value, plan });
}

export function onSessionRestored(currentUser: { id: string; email: string }) {
  identifyUser({ ...currentUser });
}

export function onSkipLogin() {
  identifyUser({ id: 'guest' }); // expect: blocklisted-identity
}
