import { ulid, monotonicFactory } from 'ulid';
import cuid from 'cuid';
import { createId } from '@paralleldrive/cuid2';
import { customAlphabet } from 'nanoid';

const nextSortableId = monotonicFactory();
const shortId = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 12);

export function identifyNewsletterReader() {
  window.heap.identify(ulid()); // expect: random-identity
}

export function identifyPollVoter() {
  window.heap.identify(nextSortableId()); // expect: random-identity
}

export function identifyWaitlistEntry() {
  window.heap.identify(cuid()); // expect: random-identity
}

export function identifyDraftAuthor() {
  window.heap.identify(createId()); // expect: random-identity
}

export function identifyReferralClick() {
  window.heap.identify(shortId()); // expect: random-identity
}

export function identifyMember(member) {
  window.heap.identify(member.email);
  window.heap.track('Member Identified', { request_id: ulid() });
}
