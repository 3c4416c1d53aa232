const express = require('express');
const axios = require('axios');
const Order = require('../models/order');
const { sendHeapEvent } = require('../heap/client');

const router = express.Router();
const APP_ID = process.env.HEAP_APP_ID;

router.post('/orders', async (req, res) => {
  const order = await Order.create({ ...req.body, userId: req.user.id });
  await axios.post('https://heapanalytics.com/api/track', {
    app_id: APP_ID,
    identity: req.user.email,
    event: 'Order Placed',
    properties: { total: order.total, currency: order.currency },
  });
  res.status(201).json(order);
});

router.post('/orders/:id/refund', async (req, res) => {
  const order = await Order.findById(req.params.id);
  await order.refund();
  await axios.post('https://heapanalytics.com/api/track', { // expect: server-identity
    app_id: APP_ID,
    event: 'Order Refunded',
    properties: { orderId: order.id, amount: order.total },
  });
  res.sendStatus(204);
});

router.post('/webhooks/stripe', async (req, res) => {
  const evt = req.body;
  await sendHeapEvent({ identity: evt.data.object.customer_email, event: `Stripe ${evt.type}` });
  res.sendStatus(200);
});

module.exports = router;
