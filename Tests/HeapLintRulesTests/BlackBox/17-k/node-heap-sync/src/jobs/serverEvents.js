'use strict';

const axios = require('axios');
const config = require('../config');
const log = require('../lib/logger');

const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';

// Events that only the backend sees (exports, API usage), sent in bulk.
async function sendApiUsage(rows) {
  const events = rows.map((row) => ({
    identity: row.email,
    event: 'API Quota Used',
    timestamp: row.day.toISOString(),
    properties: { calls: row.calls, quota: row.quota },
  }));
  await axios.post(HEAP_TRACK_URL, { app_id: config.heapAppId, events });
}

async function sendExportFinished(job) {
  await axios.post(HEAP_TRACK_URL, {
    app_id: config.heapAppId,
    user_id: job.heapUserId,
    event: 'Export Finished',
    properties: { rows: job.rowCount, format: job.format },
  });
}

async function sendNightlySummary(stats) {
  await axios.post(HEAP_TRACK_URL, { app_id: config.heapAppId, identity: 'system', event: 'Nightly Export Finished', properties: stats }); // expect: server-identity
  log.info(stats, 'nightly summary sent');
}

module.exports = { sendApiUsage, sendExportFinished, sendNightlySummary };
