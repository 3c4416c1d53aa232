import { v4 as uuidv4 } from 'uuid';
import { Analytics, analytics } from './Analytics';
import type { CurrentUser } from './types';

export function startTrialSession(): string {
  const trialId = uuidv4();
  Analytics.identify(trialId); // expect: random-identity
  return trialId;
}

export function onSignedIn(currentUser: CurrentUser): void {
  analytics.identifyUser(currentUser.id);
  analytics.client.track('Signed In', { method: currentUser.authMethod });
}

export function onProfileLoaded(currentUser: CurrentUser): void {
  analytics.setTraits({ signupDate: new Date(currentUser.createdAt) }); // expect: user-property-value
  analytics.setTraits({ signupDay: currentUser.createdAt.slice(0, 10), projects: currentUser.projectCount });
}

export function onSessionRestored(currentUser: CurrentUser): void {
  analytics.client.identfy(currentUser.id); // expect: unknown-heap-method
}
