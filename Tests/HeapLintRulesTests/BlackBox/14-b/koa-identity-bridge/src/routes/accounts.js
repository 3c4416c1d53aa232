import Router from '@koa/router';
import { HEAP_APP_ID, heapApi } from '../heap.js';

const router = new Router();

router.post('/accounts/sync', async (ctx) => {
  const accounts = ctx.request.body.accounts;
  await heapApi.post('add_account_properties', {
    json: {
      app_id: HEAP_APP_ID,
      accounts: accounts.map((a) => ({ account_id: a.id, properties: { tier: a.tier, arr: a.arr } })),
    },
  });
  ctx.body = { synced: accounts.length };
});

router.post('/users/sync', async (ctx) => {
  const payload = ctx.request.body;
  // Trusted internal caller builds the whole Heap body.
  await heapApi.post('add_user_properties', { json: { ...payload, app_id: HEAP_APP_ID } });
  ctx.status = 202;
});

export default router;
