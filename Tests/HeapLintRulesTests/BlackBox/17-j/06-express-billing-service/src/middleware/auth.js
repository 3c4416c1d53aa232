'use strict';

const crypto = require('crypto');
const db = require('../db');

async function requireApiKey(req, res, next) {
  const presented = req.get('x-api-key');
  if (!presented) return res.sendStatus(401);
  const digest = crypto.createHash('sha256').update(presented).digest('hex');
  const [row] = await db.query('SELECT id, user_id FROM api_keys WHERE digest = $1', [digest]);
  if (!row) return res.sendStatus(401);
  req.apiKey = row;
  if (row.user_id) {
    const [user] = await db.query('SELECT id, email FROM users WHERE id = $1', [row.user_id]);
    req.user = user;
  }
  next();
}

module.exports = { requireApiKey };
