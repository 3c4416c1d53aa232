'use strict';

const express = require('express');
const { randomUUID } = require('crypto');
const analytics = require('../lib/analytics');
const { Order, Cart } = require('../models');
const { requireUser } = require('../middleware/auth');

const router = express.Router();

router.post('/cart/:id/shipping', async (req, res, next) => {
  try {
    const cart = await Cart.findByPk(req.params.id);
    await cart.update({ shipping: req.body.shipping });
    await analytics.trackCheckoutStep(2, { cart_id: cart.id, items: cart.itemCount });
    res.json(cart);
  } catch (err) {
    next(err);
  }
});

router.post('/orders', requireUser, async (req, res, next) => {
  try {
    const order = await Order.create({
      userId: req.user.id,
      items: req.body.items,
      idempotencyKey: randomUUID(),
    });
    await analytics.trackForUser(req.user, 'Order Placed', {
      order_id: order.id,
      total: order.total,
      request_id: req.id,
    });
    await analytics.setUserProperties(req.user, {
      last_order_at: order.createdAt.toISOString(),
      orders: req.user.orderCount + 1,
    });
    res.status(201).json(order);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
