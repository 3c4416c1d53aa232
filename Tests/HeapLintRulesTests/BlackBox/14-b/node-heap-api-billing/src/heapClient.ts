// eslint-disable-next-line @typescript-eslint/no-var-requires
const createHeapClient = require('heap-api');

export const heap = createHeapClient(process.env.HEAP_APP_ID as string);
