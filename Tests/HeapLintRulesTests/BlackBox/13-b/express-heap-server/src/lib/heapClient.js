const heap = require('heap-api')(process.env.HEAP_APP_ID);

module.exports = heap;
