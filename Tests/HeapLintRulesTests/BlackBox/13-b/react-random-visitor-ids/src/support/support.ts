import { monotonicFactory } from 'ulid';
import { createId } from '@paralleldrive/cuid2';
import { identifyVisitor, trackEvent } from '../analytics/identity';

const nextId = monotonicFactory();

export function openSupportChat() {
  const chatVisitor = nextId();
  identifyVisitor(chatVisitor); // expect: random-identity
  trackEvent('Support Chat Opened');
}

export function draftTicket(subject: string) {
  window.heap.addEventProperties({ ticketDraftId: createId() });
  identifyVisitor(createId()); // expect: random-identity
  return { subject };
}
