'use strict';

const { randomUUID } = require('crypto');
const express = require('express');
const heapClient = require('../lib/heap');
const { requireUser } = require('../middleware/auth');
const exportQueue = require('../services/export-queue');

const router = express.Router();

router.post('/', requireUser, async (req, res) => {
  const requestId = randomUUID();
  const job = await exportQueue.add({ requestId, userId: req.user.id, format: req.body.format || 'csv' });

  await heapClient.track('Export Requested', req.user.email, {
    format: job.format,
    request_id: requestId,
  });

  res.status(202).json({ requestId, status: 'queued' });
});

module.exports = router;
