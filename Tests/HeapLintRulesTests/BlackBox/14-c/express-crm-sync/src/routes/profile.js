const express = require('express');
const fetch = require('node-fetch');

const router = express.Router();
const HEAP_URL = 'https://heapanalytics.com/api/add_user_properties';

async function heapProps(identity, properties) {
  return fetch(HEAP_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: process.env.HEAP_APP_ID, identity, properties }),
  });
}

router.put('/me', async (req, res) => {
  const user = await req.user.update(req.body);
  await fetch(HEAP_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: process.env.HEAP_APP_ID, identity: user.email, properties: { plan: user.plan, seats: user.seats } }),
  });
  res.json(user);
});

router.post('/me/newsletter', async (req, res) => {
  await heapProps(req.user.email, { newsletter: req.body.optIn ? 'yes' : 'no' });
  res.sendStatus(204);
});

router.post('/maintenance/backfill', async (req, res) => {
  await fetch(HEAP_URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ app_id: process.env.HEAP_APP_ID, identity: 'admin', properties: { backfilled_at: new Date().toISOString() } }) }); // expect: server-identity
  res.sendStatus(202);
});

router.post('/maintenance/touch', async (req, res) => {
  await heapProps('anonymous', { touched_at: new Date().toISOString() }); // expect: server-identity
  res.sendStatus(202);
});

module.exports = router;
