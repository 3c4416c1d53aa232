const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { syncAccounts, syncAccount, syncUsers, syncPrepared, syncBillingContacts } = require('./heapSync');

const app = new Koa();
const router = new Router();

router.post('/sync/accounts', async (ctx) => {
  await syncAccounts(ctx.request.body.accounts);
  ctx.status = 202;
});

router.post('/sync/accounts/:id', async (ctx) => {
  await syncAccount(ctx.request.body);
  ctx.status = 202;
});

router.post('/sync/users', async (ctx) => {
  await syncUsers(ctx.request.body.users);
  ctx.status = 202;
});

router.post('/sync/raw', async (ctx) => {
  await syncPrepared({ app_id: process.env.HEAP_APP_ID, ...ctx.request.body });
  ctx.status = 202;
});

router.post('/sync/billing', async (ctx) => {
  await syncBillingContacts(ctx.request.body);
  ctx.status = 202;
});

app.use(bodyParser()).use(router.routes());
app.listen(3001);
