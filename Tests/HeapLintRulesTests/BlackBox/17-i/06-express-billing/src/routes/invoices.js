const express = require('express');
const Invoices = require('../lib/invoices');
const { trackServer } = require('../lib/heapServer');

const router = express.Router();

router.get('/', async (req, res) => {
  const invoices = await Invoices.forCustomer(req.user.id);
  res.render('invoices', { user: req.user, invoices });
});

router.post('/:id/dispute', express.urlencoded({ extended: false }), async (req, res) => {
  const invoice = await Invoices.open(req.params.id, req.user.id);
  await Invoices.dispute(invoice, req.body.reason);
  await trackServer(req.user.email, 'Invoice Disputed', { reason: req.body.reason, request_id: req.id });
  res.redirect('/invoices');
});

module.exports = router;
