// No Heap name in this file: it reaches Heap only through the workspace packages.
import { identifyUser } from '@acme/analytics';
import { makeTicketId } from 'acme-common/ids';

export function openKiosk() {
  identifyUser('front-desk'); // expect: hardcoded-identity
}

export function openTicket(visitor) {
  identifyUser(visitor.email || makeTicketId()); // expect: random-identity
}
