/* heaplint-disable conflicting-identities -- a catalogue of separate cases, not one flow */
import { v4 as uuidv4, v1 } from 'uuid';
import * as uuidNS from 'uuid';
import { nanoid } from 'nanoid';
const { randomUUID } = require('crypto');
const uuidLib = require('uuid');
heap.identify(uuidv4()); // expect: random-identity
heap.identify(v1()); // expect: random-identity
heap.identify(uuidNS.v7()); // expect: random-identity
heap.identify(nanoid()); // expect: random-identity
heap.identify(randomUUID()); // expect: random-identity
heap.identify(uuidLib.v4()); // expect: random-identity
heap.identify(require('uuid').v4()); // expect: random-identity
heap.identify(crypto.randomUUID()); // expect: random-identity
heap.identify(window.crypto.randomUUID()); // expect: random-identity
heap.identify(Math.random()); // expect: random-identity
heap.identify(Math.random().toString(36).substring(2)); // expect: random-identity
heap.identify(Date.now()); // expect: random-identity
heap.identify(new Date().getTime()); // expect: random-identity
heap.identify(+new Date()); // expect: random-identity
heap.identify(performance.now()); // expect: random-identity
heap.identify('visitor-' + Date.now()); // expect: random-identity
heap.identify(`anon_${Math.floor(Math.random() * 1000000)}`); // expect: random-identity
const temporaryId = uuidv4();
heap.identify(temporaryId); // expect: random-identity
heap.identify(user.id || uuidv4()); // expect: random-identity
// Generators used for something else are fine.
heap.track('Export', { requestId: uuidv4() });
heap.addUserProperties({ seenAt: Date.now() });
