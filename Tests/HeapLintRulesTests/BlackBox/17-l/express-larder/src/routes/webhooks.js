const express = require('express');
const Stripe = require('stripe');
const config = require('../config');
const { postToHeap } = require('../lib/heapHttp');
const Users = require('../models/users');
const { analyticsQueue } = require('../worker/queues');

const stripe = new Stripe(config.stripe.key);
const router = express.Router();

router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], config.stripe.webhookSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  if (event.type === 'invoice.paid') {
    const invoice = event.data.object;
    const user = await Users.findByStripeCustomer(invoice.customer);
    if (user) {
      await postToHeap('/api/track', {
        identity: String(user.id),
        event: 'Invoice Paid',
        properties: { amount: invoice.amount_paid / 100, currency: invoice.currency },
      });
    } else {
      // customer not linked yet, keep the revenue event anyway
      await postToHeap('/api/track', { // expect: server-identity
        event: 'Invoice Paid',
        properties: { amount: invoice.amount_paid / 100, stripe_customer: invoice.customer },
      });
    }
  }

  if (event.type === 'customer.subscription.deleted') {
    const user = await Users.findByStripeCustomer(event.data.object.customer);
    if (user) {
      await analyticsQueue.add('churn', { userId: user.id, reason: event.data.object.cancellation_details?.reason || 'unknown' });
    }
  }

  return res.json({ received: true });
});

module.exports = router;
