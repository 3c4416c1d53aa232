'use strict';
const axios = require('axios');

// Heap's server-side API, through one axios instance.
const heapHttp = axios.create({ baseURL: 'https://heapanalytics.com/api/', timeout: 5000 });
const billingHttp = axios.create({ baseURL: 'https://billing.example.com/api' });

module.exports = { heapHttp, billingHttp, APP_ID: process.env.HEAP_APP_ID };
