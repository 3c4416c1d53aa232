import { useEffect } from 'react';
import type { GetServerSideProps } from 'next';
import { identifyUser, setUserTraits, trackEvent, untagEvent } from '../../lib/analytics/heap';
import { EVENTS } from '../../lib/analytics/config';
import { getDeviceId } from '../../lib/session';

interface Props {
  orderId: string;
  total: number;
  itemCount: number;
  customerId: string | null;
}

export default function OrderSuccess({ orderId, total, itemCount, customerId }: Props) {
  useEffect(() => {
    trackEvent(EVENTS.orderCompleted, { order_id: orderId, total, items: itemCount });
    untagEvent('cart_id');

    if (customerId) {
      identifyUser(customerId);
      setUserTraits({ last_order_total: total, last_order_id: orderId });
      return;
    }

    // Guest checkout: link the order to this browser so support can find it.
    const deviceId = getDeviceId();
    if (deviceId) identifyUser(deviceId); // expect: anonymous-identity
  }, [orderId, total, itemCount, customerId]);

  return (
    <main>
      <h1>Thanks for your order</h1>
      <p>Order {orderId} is confirmed.</p>
    </main>
  );
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ query, req }) => {
  const orderId = String(query.order ?? '');
  const res = await fetch(`${process.env.ORDERS_API}/orders/${orderId}`, {
    headers: { cookie: req.headers.cookie ?? '' },
  });
  const order = await res.json();
  return {
    props: { orderId, total: order.total, itemCount: order.items.length, customerId: order.customerId ?? null },
  };
};
