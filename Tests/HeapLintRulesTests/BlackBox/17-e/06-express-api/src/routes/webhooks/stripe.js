'use strict';

const express = require('express');
const Stripe = require('stripe');
const config = require('../../config');
const heapClient = require('../../lib/heap');
const billing = require('../../services/billing');

const stripe = new Stripe(config.stripeSecret);
const router = express.Router();

router.post('/', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  const object = event.data.object;

  switch (event.type) {
    case 'invoice.paid':
      await heapClient.track('Invoice Paid', object.customer_email, {
        amount: object.amount_paid / 100,
        currency: object.currency,
      });
      break;

    case 'invoice.payment_failed':
      await heapClient.track('Payment Failed', { // expect: server-identity
        amount: object.amount_due / 100,
        attempt: object.attempt_count,
      });
      break;

    case 'customer.subscription.updated':
      await billing.onPlanChanged(object);
      break;

    case 'customer.subscription.deleted':
      await heapClient.track('Subscription Cancelled', 'stripe-webhook', { // expect: server-identity
        subscription: object.id,
        reason: object.cancellation_details?.reason || 'unknown',
      });
      break;

    default:
      break;
  }

  res.json({ received: true });
});

module.exports = router;
