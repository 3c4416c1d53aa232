// Raw HTTP posts for the endpoints heap-api does not wrap.
const axios = require('axios');
const crypto = require('crypto');
const config = require('../config');

const HEAP_HOST = 'https://heapanalytics.com';

async function postToHeap(path, payload) {
  const res = await axios.post(
    `${HEAP_HOST}${path}`,
    { app_id: config.heap.appId, ...payload },
    { timeout: 5000, headers: { 'X-Request-Id': crypto.randomUUID() } },
  );
  return res.status;
}

module.exports = { postToHeap };
