'use strict';
module.exports = require('pino')({ name: 'billing-worker', level: process.env.LOG_LEVEL || 'info' });
