import { trackFor as trackServerEvent } from '../lib/heapHttp';

const { trackEvents: sendEvents } = require('../lib/heapBulk');

export async function reindexFinished(total: number) {
  await trackServerEvent('Reindex Finished', 'search-indexer', { total: String(total) }); // expect: server-identity
  await sendEvents([
    { event: 'Reindex Audited' }, // expect: server-identity
  ]);
}
