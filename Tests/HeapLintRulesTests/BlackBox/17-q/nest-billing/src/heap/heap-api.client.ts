// The community `heap-api` client, used by the webhook handlers that predate HeapService.
// Its signatures put the identity first or second: track(event, identity, props),
// addUserProperties(identity, props).
import createHeapClient from 'heap-api';

import { HEAP_APP_ID } from '../config/heap.config';

export const heapApi = createHeapClient(HEAP_APP_ID);
