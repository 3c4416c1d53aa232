/* heaplint-disable conflicting-identities -- separate cases, not one flow */
import { identifyUser, newRequestId } from '@acme/analytics';
import { fallbackId } from 'acme-common/ids';
import { identify } from 'analytics-lib';

declare const user: { id: string };

identifyUser('admin'); // expect: hardcoded-identity
identifyUser(user.id);
window.heap?.identify(user.id || newRequestId()); // expect: random-identity
window.heap?.identify(user.id || fallbackId()); // expect: blocklisted-identity
identify('admin');
