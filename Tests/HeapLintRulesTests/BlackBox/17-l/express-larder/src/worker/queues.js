const Queue = require('bull');
const config = require('../config');

const analyticsQueue = new Queue('analytics', config.redisUrl);

module.exports = { analyticsQueue };
