'use strict';

const express = require('express');
const heap = require('../heap/HeapClient');
const db = require('../db');
const { requireApiKey } = require('../middleware/auth');

const router = express.Router();

router.post('/users/:userId/plan', requireApiKey, async (req, res) => {
  const { plan } = req.body;
  const [user] = await db.query('UPDATE users SET plan = $1 WHERE id = $2 RETURNING email', [plan, req.params.userId]);
  if (!user) return res.sendStatus(404);
  await heap.addUserProperties(user.email, { plan, planChangedBy: 'admin-api' });
  res.json({ ok: true });
});

router.post('/api-keys/rotate', requireApiKey, async (req, res) => {
  const key = await db.query('UPDATE api_keys SET rotated_at = now() WHERE id = $1 RETURNING id', [req.apiKey.id]);
  // Machine clients have no user attached; the event still shows up in the key-rotation report.
  await heap.track(req.user?.email || 'api-client', 'API Key Rotated', { keyId: key[0].id }); // expect: server-identity
  res.json({ rotated: true });
});

module.exports = router;
