'use strict';

const express = require('express');
const axios = require('axios');
const config = require('../config');
const { track } = require('../analytics/segment');

const router = express.Router();

// Called by the web app right after sign-up, so server-side events join the browser session.
router.post('/link-identity', async (req, res) => {
  const { email, accountUserId } = req.body;
  await axios.post('https://heapanalytics.com/api/v1/identify', {
    app_id: config.heap.appId,
    identity: email,
    user_id: accountUserId,
  });
  track('system', 'Identity Linked', { email });
  res.sendStatus(204);
});

module.exports = router;
