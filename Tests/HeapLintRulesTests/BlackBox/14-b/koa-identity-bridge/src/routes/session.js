import Router from '@koa/router';
import got from 'got';
import { HEAP_APP_ID, heapApi } from '../heap.js';

const router = new Router();

// The mobile web view posts Heap's anonymous user id after the native login succeeds.
router.post('/session/heap-link', async (ctx) => {
  const { heapUserId } = ctx.request.body;
  const user = ctx.state.user;

  await got.post('https://heapanalytics.com/api/v1/identify', {
    json: { app_id: HEAP_APP_ID, identity: user.email, user_id: heapUserId, timestamp: new Date().toISOString() },
  });

  await heapApi.post('add_account_properties', {
    json: { app_id: HEAP_APP_ID, account_id: user.accountId, properties: { last_mobile_login: new Date().toISOString() } },
  });

  ctx.status = 204;
});

router.post('/session/heap-link-guest', async (ctx) => {
  const { heapUserId } = ctx.request.body;
  await got.post('https://heapanalytics.com/api/v1/identify', { json: { app_id: HEAP_APP_ID, identity: 'not_authenticated', user_id: heapUserId } }); // expect: server-identity
  ctx.status = 204;
});

router.post('/session/heap-link-legacy', async (ctx) => {
  const { heapUserId, source } = ctx.request.body;
  await got.post('https://heapanalytics.com/api/v1/identify', { // expect: server-identity
    json: { app_id: HEAP_APP_ID, user_id: heapUserId, timestamp: new Date().toISOString() },
  });
  await got.post('https://heapanalytics.com/api/track', {
    json: { app_id: HEAP_APP_ID, identity: ctx.state.user.email, event: 'Legacy Link Used', properties: { source } },
  });
  ctx.status = 204;
});

export default router;
