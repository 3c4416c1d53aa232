'use strict';

const express = require('express');
const Stripe = require('stripe');
const config = require('../config');
const heap = require('../heap/HeapClient');

const stripe = Stripe(config.stripe.secretKey);
const router = express.Router();

router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], config.stripe.webhookSecret);
  } catch (err) {
    return res.status(400).send(`Webhook signature failed: ${err.message}`);
  }

  const object = event.data.object;
  const userEmail = object.customer_email;

  switch (event.type) {
    case 'invoice.paid':
      await heap.track(userEmail, 'Invoice Paid', {
        amount: object.amount_paid / 100,
        currency: object.currency,
      });
      await heap.addUserProperties(userEmail, { lastPaymentStatus: 'paid' });
      break;

    case 'invoice.payment_failed':
      await heap.track(userEmail, 'Payment Failed', { attempt: object.attempt_count });
      break;

    case 'customer.subscription.deleted':
      // Cancellations are processed by the dunning worker, not by the customer.
      await heap.track(config.systemIdentity, 'Subscription Cancelled', { plan: object.items.data[0].price.lookup_key }); // expect: server-identity
      await heap.addAccountProperties(object.metadata.accountId, { subscriptionStatus: 'cancelled' });
      break;

    default:
      break;
  }

  res.json({ received: true });
});

module.exports = router;
