'use strict';

const axios = require('axios');

// One client for every Heap endpoint: callers give the path.
const heapHttp = axios.create({ baseURL: 'https://heapanalytics.com', timeout: 10000 });

async function postJson(path, payload) {
  return heapHttp.post(path, { app_id: process.env.HEAP_APP_ID, ...payload });
}

module.exports = { postJson };
