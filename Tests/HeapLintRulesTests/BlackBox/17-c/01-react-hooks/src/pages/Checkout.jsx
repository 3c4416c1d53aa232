import { useState } from 'react';
import { nanoid } from 'nanoid';
import { identifyUser, setUserProperties } from '../analytics/heap';
import { useAnalytics } from '../context/AnalyticsProvider';
import { api } from '../api/client';

export default function Checkout({ cart, user }) {
  const { track } = useAnalytics();
  const [email, setEmail] = useState(user?.email ?? '');
  const [error, setError] = useState(null);

  async function handleSubmit(event) {
    event.preventDefault();
    const attemptId = nanoid();
    track('Checkout Submitted', { attemptId, items: cart.items.length });
    try {
      const order = await api.post('/orders', { email, cartId: cart.id, attemptId });
      identifyUser(user?.id || nanoid()); // expect: random-identity
      setUserProperties({ last_order_total: order.total, currency: order.currency });
      window.heap?.addUserProperty('last_order_id', order.id); // expect: unknown-heap-method
      track('Order Placed', { orderId: order.id, total: order.total });
    } catch (err) {
      setError(err.message);
      track('Checkout Failed', { attemptId, reason: err.code ?? 'unknown' });
    }
  }

  function continueAsGuest() {
    identifyUser('Guest'); // expect: hardcoded-identity
    track('Guest Checkout Chosen', { items: cart.items.length });
  }

  return (
    <form onSubmit={handleSubmit} className="checkout">
      <label>
        Email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit">Place order</button>
      {!user && (
        <button type="button" onClick={continueAsGuest}>
          Continue as guest
        </button>
      )}
    </form>
  );
}
