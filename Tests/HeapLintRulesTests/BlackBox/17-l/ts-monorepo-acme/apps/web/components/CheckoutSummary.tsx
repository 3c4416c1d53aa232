'use client';

import { useEffect } from 'react';
import { useSession } from 'next-auth/react';
import { identifyUser, track, ANALYTICS } from '@acme/analytics';

export function CheckoutSummary({ seats, total }: { seats: number; total: number }) {
  const { data: session } = useSession();

  useEffect(() => {
    track(ANALYTICS.EVENTS.CHECKOUT_VIEWED, { seats, total });
    // self-serve buyers have no account yet: pin Heap's own id so the server can attach the order
    const heapUserId = window.heap?.userId;
    if (heapUserId && !session) {
      identifyUser(String(heapUserId)); // expect: anonymous-identity
    }
  }, [seats, total, session]);

  return (
    <aside className="checkout-summary">
      <p>{seats} seats</p>
      <p>${total.toFixed(2)} / month</p>
    </aside>
  );
}
