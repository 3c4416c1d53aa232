// An ES module reading the CommonJS modules' exports.
import { heapHttp, APP_ID } from './heapClient.js';
import { CRON_IDENTITY, REGION } from './constants.js';

export async function nightly(stats) {
  await heapHttp.post('/track', { app_id: APP_ID, identity: CRON_IDENTITY, event: 'Nightly', properties: { region: REGION, count: stats.count } }); // expect: server-identity
}
