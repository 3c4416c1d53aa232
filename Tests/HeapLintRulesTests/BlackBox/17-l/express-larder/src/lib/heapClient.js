// Server-side Heap client (the heap-api package). Identity always comes first.
const createHeapClient = require('heap-api');
const config = require('../config');

const heap = createHeapClient(config.heap.appId);

module.exports = heap;
