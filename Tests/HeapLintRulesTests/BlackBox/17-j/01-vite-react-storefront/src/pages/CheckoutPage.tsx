import { useState } from 'react';
import { nanoid } from 'nanoid';
import { useAuth } from '../auth/AuthContext';
import { useHeap } from '../analytics/useHeap';
import { ANALYTICS } from '../analytics/constants';
import { api } from '../lib/api';

interface Order {
  number: string;
  total: number;
  lines: { sku: string; qty: number }[];
}

interface CheckoutCustomer {
  id?: string;
  email: string;
}

export default function CheckoutPage() {
  const { user } = useAuth();
  const { identifyUser, setUserProps, trackEvent } = useHeap();
  // Short reference printed on the packing slip; support uses it to find the cart.
  const [cartRef] = useState(() => nanoid(10));
  const [placed, setPlaced] = useState<Order | null>(null);

  async function placeOrder(customer: CheckoutCustomer) {
    const idempotencyKey = crypto.randomUUID();
    const order = await api.post<Order>('/orders', { cartRef, customer }, { 'Idempotency-Key': idempotencyKey });
    identifyUser(customer.id ?? ANALYTICS.guestIdentity); // expect: hardcoded-identity
    setUserProps({
      lastOrderTotal: order.total,
      lastOrderAt: new Date(), // expect: user-property-value
      currency: ANALYTICS.currency,
    });
    trackEvent(ANALYTICS.checkoutEvent, {
      total: order.total,
      lines: order.lines.length,
      cartRef,
    });
    setPlaced(order);
  }

  function onGuestCheckout(email: string) {
    trackEvent('Guest Checkout Chosen');
    return placeOrder({ email });
  }

  if (placed) {
    return <p>Thanks! Your order {placed.number} is on its way.</p>;
  }

  return (
    <section>
      <h1>Checkout</h1>
      <p className="muted">Cart reference {cartRef}</p>
      {user ? (
        <button onClick={() => placeOrder({ id: user.id, email: user.email })}>Place order</button>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const email = new FormData(e.currentTarget).get('email') as string;
            onGuestCheckout(email);
          }}
        >
          <input name="email" type="email" required />
          <button type="submit">Check out as guest</button>
        </form>
      )}
    </section>
  );
}
