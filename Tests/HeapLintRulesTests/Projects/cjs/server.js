/* heaplint-disable conflicting-identities -- a catalogue of separate cases, not one flow */
const tracking = require('./tracking');
const { identify } = require('./tracking.js');

tracking.identify('anonymous'); // expect: blocklisted-identity
identify(Date.now()); // expect: random-identity
identify(request.user.id);
