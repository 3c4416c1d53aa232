// The heap-api client, exported whole.
const config = require('../config');

const heap = require('heap-api')(config.heapAppId);

module.exports = heap;
