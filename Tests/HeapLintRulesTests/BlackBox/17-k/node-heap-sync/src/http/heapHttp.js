'use strict';

const axios = require('axios');
const { randomUUID } = require('crypto');
const config = require('../config');
const log = require('../lib/logger');

const heapHttp = axios.create({
  baseURL: config.heapApiHost,
  timeout: 15000,
  headers: { 'Content-Type': 'application/json' },
});

// Every call carries a fresh request id so retries can be traced in our logs.
async function postJson(path, payload) {
  const requestId = randomUUID();
  if (config.dryRun) {
    log.info({ path, requestId, payload }, 'dry run: not sending to Heap');
    return { status: 0 };
  }
  const res = await heapHttp.post(path, { app_id: config.heapAppId, ...payload }, {
    headers: { 'X-Request-Id': requestId },
  });
  log.debug({ path, requestId, status: res.status }, 'heap call done');
  return res;
}

module.exports = { heapHttp, postJson };
