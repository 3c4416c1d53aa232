'use strict';
exports.CRON_IDENTITY = 'nightly-cron';
exports.REGION = process.env.REGION;
