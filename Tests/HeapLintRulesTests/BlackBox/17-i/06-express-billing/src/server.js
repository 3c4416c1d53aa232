const crypto = require('node:crypto');
const path = require('node:path');
const express = require('express');
const { requireUser } = require('./lib/auth');
const webhooks = require('./routes/webhooks');
const invoices = require('./routes/invoices');

const app = express();
app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, '..', 'views'));
app.use(express.static(path.join(__dirname, '..', 'public')));

app.use((req, res, next) => {
  req.id = req.get('x-request-id') || crypto.randomUUID();
  res.set('x-request-id', req.id);
  res.locals.heapAppId = process.env.HEAP_APP_ID;
  next();
});

app.use('/webhooks', express.json(), webhooks);
app.use('/invoices', requireUser, invoices);

app.get('/pay/:token', async (req, res) => {
  const link = await require('./lib/paymentLinks').find(req.params.token);
  if (!link) return res.status(404).render('not-found');
  res.render('pay', { customer: link.customer, invoice: link.invoice, variant: link.variant || 'a' });
});

app.listen(process.env.PORT || 3000);
