/* heaplint-disable conflicting-identities -- separate cases, not one flow */
const Tracker = require('./cjs-tracker');
const { identify } = require('./cjs-tracking');

const tracker = new Tracker();
tracker.identify(Date.now().toString()); // expect: random-identity
identify('none'); // expect: blocklisted-identity
require('./cjs-tracking').identify(''); // expect: blocklisted-identity
identify(request.user.id);
