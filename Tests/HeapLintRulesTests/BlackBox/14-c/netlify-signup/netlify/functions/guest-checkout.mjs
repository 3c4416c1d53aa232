const HEAP = 'https://heapanalytics.com';

export default async (req) => {
  const { heapUserId, cart } = await req.json();
  const order = await createGuestOrder(cart);

  await fetch(`${HEAP}/api/v1/identify`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ app_id: process.env.HEAP_APP_ID, identity: 'guest', user_id: heapUserId }) }); // expect: server-identity

  await fetch(`${HEAP}/api/track`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: process.env.HEAP_APP_ID,
      user_id: heapUserId,
      event: 'Guest Order Placed',
      properties: { total: order.total },
    }),
  });

  await fetch(`${HEAP}/api/track`, { // expect: server-identity
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: process.env.HEAP_APP_ID,
      event: 'Guest Order Fulfilled',
      properties: { orderId: order.id },
    }),
  });

  return Response.json({ orderId: order.id });
};

async function createGuestOrder(cart) {
  return { id: crypto.randomUUID(), total: cart.reduce((sum, item) => sum + item.price, 0) };
}
