'use strict';

const express = require('express');
const axios = require('axios');

const router = express.Router();
const APP_ID = process.env.HEAP_APP_ID;
const HEAP_PROPS_URL = 'https://heapanalytics.com/api/add_user_properties';

router.post('/users/:id/plan', async (req, res) => {
  const user = await req.db.users.findById(req.params.id);
  const { plan } = req.body;
  await req.db.users.update(user.id, { plan });
  await axios.post(HEAP_PROPS_URL, { app_id: APP_ID, identity: user.email, properties: { plan } });
  res.json({ ok: true });
});

router.post('/plans/:plan/announce', async (req, res) => {
  const { plan } = req.params;
  await axios.post(HEAP_PROPS_URL, { app_id: APP_ID, properties: { announced_plan: plan } }); // expect: server-identity
  res.status(202).end();
});

module.exports = router;
