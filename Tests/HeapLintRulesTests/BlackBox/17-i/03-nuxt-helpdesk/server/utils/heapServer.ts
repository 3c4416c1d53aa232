import createHeapClient from 'heap-api';

// One server-side Heap client for the whole Nitro app.
export const heapServer = createHeapClient(process.env.NUXT_HEAP_APP_ID);
