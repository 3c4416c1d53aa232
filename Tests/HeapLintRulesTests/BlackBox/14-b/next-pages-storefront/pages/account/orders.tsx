import { useEffect } from 'react';

type Order = { id: string; total: number };

export default function OrdersPage({ orders, email }: { orders: Order[]; email: string }) {
  useEffect(() => {
    window.heap?.identify(email);
    window.heap?.addUserProperties({ order_count: orders.length, last_order_total: orders[0]?.total ?? 0 });
  }, [orders, email]);

  return (
    <ul>
      {orders.map((o) => (
        <li key={o.id}>{o.id}</li>
      ))}
    </ul>
  );
}

declare global {
  interface Window {
    heap?: { identify(id: string): void; addUserProperties(p: Record<string, unknown>): void };
  }
}
