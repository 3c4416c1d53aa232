const express = require('express');
const heap = require('../lib/heapClient');
const { findUserByCustomer } = require('../services/users');

const router = express.Router();

router.post('/stripe', express.json(), async (req, res) => {
  const event = req.body;
  if (event.type === 'invoice.paid') {
    const invoice = event.data.object;
    const user = await findUserByCustomer(invoice.customer);
    await heap.track('Subscription Renewed', user.email, { amount: invoice.amount_paid / 100 });
    await heap.addUserProperties(user.email, { plan: invoice.lines.data[0].price.nickname });
  }
  res.sendStatus(204);
});

module.exports = router;
