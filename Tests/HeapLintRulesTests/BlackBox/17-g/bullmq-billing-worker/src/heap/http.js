'use strict';

const axios = require('axios');
const { heapAppId } = require('../config');

// Raw HTTP API for what heap-api does not cover (account properties, bulk track).
const heapHttp = axios.create({
  baseURL: 'https://heapanalytics.com',
  timeout: 10000,
  headers: { 'Content-Type': 'application/json' },
});

async function addAccountProperties(accountId, properties) {
  await heapHttp.post('/api/add_account_properties', { app_id: heapAppId, account_id: accountId, properties });
}

async function bulkTrack(events) {
  await heapHttp.post('/api/track', { app_id: heapAppId, events });
}

module.exports = { heapHttp, addAccountProperties, bulkTrack };
