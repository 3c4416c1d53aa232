/* heaplint-disable conflicting-identities -- separate cases, not one flow */
import { ulid, monotonicFactory } from 'ulid';
import { createId } from '@paralleldrive/cuid2';
import { customAlphabet } from 'nanoid';
import short from 'short-uuid';
import hyperid from 'hyperid';
import { v1 as uuidv1, v5 as uuidv5 } from 'uuid';

const nextUlid = monotonicFactory();
const nano = customAlphabet('abcdef0123456789', 12);
const makeId = hyperid();

heap.identify(ulid()); // expect: random-identity
heap.identify(nextUlid()); // expect: random-identity
heap.identify(createId()); // expect: random-identity
heap.identify(nano()); // expect: random-identity
heap.identify(customAlphabet('abc', 8)()); // expect: random-identity
heap.identify(short.generate()); // expect: random-identity
heap.identify(makeId()); // expect: random-identity
heap.identify(uuidv1()); // expect: random-identity
heap.identify(String(performance.timeOrigin)); // expect: random-identity
heap.identify(Array.from(crypto.getRandomValues(new Uint32Array(2))).join('')); // expect: random-identity
heap.identify(Date.now().toString(36)); // expect: random-identity

// Must stay silent: a name-based uuid is the same for the same user; random event properties.
heap.identify(uuidv5(user.email, NAMESPACE));
heap.track('Export', { request: ulid(), at: performance.timeOrigin });
