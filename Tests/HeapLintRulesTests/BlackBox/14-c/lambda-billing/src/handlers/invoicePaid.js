const heap = require('heap-api')(process.env.HEAP_APP_ID);

exports.handler = async (event) => {
  const invoice = JSON.parse(event.body).data.object;
  const email = invoice.customer_email;
  await heap.track('Invoice Paid', email, { amount: invoice.amount_paid / 100, currency: invoice.currency });
  await heap.addUserProperties(email, { last_payment: invoice.created, lifetime_value: invoice.total });
  return { statusCode: 200, body: 'ok' };
};
