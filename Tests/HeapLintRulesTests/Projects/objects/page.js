/* heaplint-disable conflicting-identities -- a catalogue of separate cases, not one flow */
import tracking from './wrappers';
import * as wrappers from './wrappers';
import { Analytics, analytics as singleton } from './wrappers';
import { signIn } from './index';
import { analytics } from './tracker';

tracking.setTraits({ tags: ['a', 'b'] }); // expect: user-property-value
wrappers.identifyUser({ id: 'admin' }); // expect: hardcoded-identity
wrappers.identifyUser({ id: session.user.id });
Analytics.identify(crypto.randomUUID()); // expect: random-identity
singleton.track('Signed Up');
signIn({ id: 'guest' }); // expect: blocklisted-identity
analytics.heap.identify('anonymous'); // expect: blocklisted-identity

// Must stay silent: an unknown spread may supply the id.
wrappers.identifyUser({ ...currentUser });
wrappers.identifyUser(currentUser);
