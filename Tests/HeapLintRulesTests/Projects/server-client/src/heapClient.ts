// One client of Heap's server API for the whole service.
const createHeapClient = require('heap-api');

export const heap = createHeapClient(process.env.HEAP_APP_ID as string);
