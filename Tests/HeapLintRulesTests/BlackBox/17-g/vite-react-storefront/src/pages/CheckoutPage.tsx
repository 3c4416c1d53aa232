import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAnalytics } from '../analytics/AnalyticsProvider';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { useCart } from '../lib/cart';

interface Order {
  id: string;
  total: number;
  currency: string;
}

export default function CheckoutPage() {
  const { user } = useAuth();
  const { identify, track, setTraits } = useAnalytics();
  const { items, total, clear } = useCart();
  const [email, setEmail] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const navigate = useNavigate();

  async function placeOrder(e: FormEvent) {
    e.preventDefault();
    setSubmitting(true);
    track('Checkout Submitted', { items: items.length, total });
    try {
      const order = await api.post<Order>('/orders', { items, email: user?.email ?? email });
      if (!user) {
        // tag guest orders so growth can compare them with account checkouts
        identify('guest'); // expect: blocklisted-identity
        setTraits({ checkout_type: 'guest' });
      }
      track('Order Placed', { order_id: order.id, total: order.total, currency: order.currency });
      clear();
      navigate(`/orders/${order.id}/thanks`);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={placeOrder} className="checkout">
      {!user && (
        <label>
          Email for your receipt
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
      )}
      <ul>
        {items.map((i) => (
          <li key={i.sku}>
            {i.quantity} × {i.name}
          </li>
        ))}
      </ul>
      <button type="submit" disabled={submitting || items.length === 0}>
        Pay ${total.toFixed(2)}
      </button>
    </form>
  );
}
