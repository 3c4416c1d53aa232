// Meteor resolves `/imports/...` from the app's root.
import { Meteor } from 'meteor/meteor';
import { HeapClient } from '/imports/ui/analytics/heap-client';
import { DEMO_AGENT } from '/imports/startup/constants';

export function startDemo() {
  HeapClient.identify(DEMO_AGENT); // expect: hardcoded-identity
}

export function signedIn() {
  HeapClient.identify(Meteor.userId());
}
