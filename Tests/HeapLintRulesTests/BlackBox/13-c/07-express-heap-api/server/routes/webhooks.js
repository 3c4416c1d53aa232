'use strict';

const express = require('express');
const { heap } = require('../analytics');

const APP_ID = process.env.HEAP_APP_ID;
const router = express.Router();

router.post('/webhooks/stripe', express.json(), async (req, res) => {
  const event = req.body;
  await heap.track('Stripe Webhook', { type: event.type }); // expect: server-identity

  if (event.type === 'invoice.paid') {
    const mrr = event.data.object.amount_paid / 100;
    await fetch('https://heapanalytics.com/api/add_user_properties', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ app_id: APP_ID, properties: { mrr } }) }); // expect: server-identity
  }

  res.sendStatus(200);
});

router.post('/webhooks/crm', express.json(), async (req, res) => {
  const payload = req.body.heapPayload;
  await fetch('https://heapanalytics.com/api/track', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...payload, app_id: APP_ID }) });
  res.sendStatus(204);
});

module.exports = router;
