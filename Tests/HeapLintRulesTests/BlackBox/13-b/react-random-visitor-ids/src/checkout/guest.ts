import { v1, v4 as uuidv4 } from 'uuid';
import * as uuid from 'uuid';
import { identifyVisitor, trackEvent } from '../analytics/identity';

export function beginGuestCheckout(cart: { items: unknown[] }) {
  const guestId = v1();
  identifyVisitor(guestId); // expect: random-identity
  trackEvent('Guest Checkout Started', { cartId: uuidv4(), items: cart.items.length });
  return guestId;
}

export function requestQuote(email?: string) {
  if (email) {
    identifyVisitor(email);
    return;
  }
  identifyVisitor(uuid.v7()); // expect: random-identity
}
