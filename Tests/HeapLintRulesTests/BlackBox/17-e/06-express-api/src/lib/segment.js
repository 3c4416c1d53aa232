'use strict';

const { Analytics } = require('@segment/analytics-node');
const config = require('../config');

// Segment only feeds the data warehouse; product analytics lives in Heap.
module.exports = new Analytics({ writeKey: config.segmentWriteKey });
