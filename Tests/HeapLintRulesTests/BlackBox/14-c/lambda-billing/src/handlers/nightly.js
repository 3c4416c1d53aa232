const heap = require('heap-api')(process.env.HEAP_APP_ID);
const { collectStats, activeCustomers } = require('../stats');

exports.handler = async () => {
  const stats = await collectStats();
  await heap.track('Nightly Rollup', { users: stats.users, revenue: stats.revenue }); // expect: server-identity
  await heap.addUserProperties('billing-bot', { last_run: new Date().toISOString() }); // expect: server-identity

  for (const customer of await activeCustomers()) {
    await heap.addUserProperties(customer.email, { mrr: customer.mrr, status: customer.status });
  }
  return { statusCode: 200 };
};
