'use strict';

// Server-side Heap client: identity is the user's email everywhere (same as the web app).
const config = require('../config');

const heap = require('heap-api')(config.heap.appId);

module.exports = heap;
