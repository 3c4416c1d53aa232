'use strict';

const express = require('express');
const { sendToHeap, HEAP_APP_ID } = require('../lib/heap');
const db = require('../db');

const router = express.Router();

router.post('/orders', async (req, res, next) => {
  try {
    const order = await db.orders.create(req.user.id, req.body);

    await fetch('https://heapanalytics.com/api/track', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        app_id: HEAP_APP_ID,
        identity: req.user.email,
        event: 'Order Placed',
        properties: { total: order.total, currency: order.currency },
      }),
    });

    await sendToHeap('add_user_properties', {
      identity: req.user.email,
      properties: { lifetime_orders: order.customerOrderCount },
    });

    res.status(201).json(order);
  } catch (err) {
    next(err);
  }
});

router.post('/orders/:id/refund', async (req, res, next) => {
  try {
    const refund = await db.refunds.create(req.params.id);

    await fetch('https://heapanalytics.com/api/track', { // expect: server-identity
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        app_id: HEAP_APP_ID,
        event: 'Order Refunded',
        properties: { order_id: req.params.id, amount: refund.amount },
      }),
    });

    res.json(refund);
  } catch (err) {
    next(err);
  }
});

router.post('/newsletter', async (req, res) => {
  await fetch('https://heapanalytics.com/api/add_user_properties', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ app_id: HEAP_APP_ID, identity: 'anonymous', properties: { newsletter: 'subscribed' } }) }); // expect: server-identity
  res.sendStatus(204);
});

module.exports = router;
