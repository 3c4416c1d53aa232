const express = require('express');
const { trackServer, setUserProps } = require('../lib/heapServer');
const Customers = require('../lib/customers');

const router = express.Router();

router.post('/stripe', async (req, res) => {
  const evt = req.body;
  const obj = evt.data.object;
  const customer = await Customers.findByStripeId(obj.customer);

  switch (evt.type) {
    case 'invoice.paid':
      await trackServer(customer.email, 'Invoice Paid', { amount_cents: obj.amount_paid, currency: obj.currency });
      await setUserProps(customer.email, { lifetime_value_cents: customer.lifetimeValueCents + obj.amount_paid });
      break;
    case 'invoice.payment_failed':
      await trackServer(customer.email, 'Payment Failed', { attempt: obj.attempt_count });
      break;
    case 'customer.subscription.deleted':
      await trackServer(customer?.email ?? 'deleted-customer', 'Subscription Cancelled'); // expect: server-identity
      break;
    default:
      break;
  }
  res.sendStatus(204);
});

module.exports = router;
