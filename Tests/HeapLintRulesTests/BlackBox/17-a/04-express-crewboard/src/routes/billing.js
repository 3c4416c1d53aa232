const express = require('express');
const heap = require('heap-api')(process.env.HEAP_APP_ID);
const { verifyStripeEvent } = require('../lib/stripe');
const { getCustomerByStripeId } = require('../services/customers');

const router = express.Router();

router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = verifyStripeEvent(req.body, req.headers['stripe-signature']);
  } catch (err) {
    return res.status(400).send(`Webhook error: ${err.message}`);
  }

  const invoice = event.data.object;
  const customer = await getCustomerByStripeId(invoice.customer);
  if (!customer) return res.sendStatus(204);

  switch (event.type) {
    case 'invoice.paid':
      await heap.track('Invoice Paid', customer.email, { amount: invoice.amount_paid / 100, currency: invoice.currency });
      await heap.addUserProperties(customer.email, { plan: customer.plan, mrr: customer.mrr });
      break;
    case 'invoice.payment_failed':
      await heap.track('Payment Failed', { invoice_id: invoice.id, attempt: invoice.attempt_count }); // expect: server-identity
      break;
    default:
      break;
  }

  res.sendStatus(200);
});

module.exports = router;
