'use strict';

const { HEAP_APP_ID } = require('../config');
const { trackEvent, setUserProperties } = require('../lib/heap-http');

const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';

async function findUserByCustomer(pg, customerId) {
  const { rows } = await pg.query('select id, email from users where stripe_customer_id = $1', [customerId]);
  return rows[0] ?? null;
}

module.exports = async function billingRoutes(app) {
  app.post('/webhook', { config: { rawBody: true } }, async (request, reply) => {
    const event = app.stripe.verify(request.rawBody, request.headers['stripe-signature']);
    const { object } = event.data;

    if (event.type === 'invoice.payment_succeeded') {
      const user = await findUserByCustomer(app.pg, object.customer);
      if (user) {
        await trackEvent(String(user.id), 'Payment Succeeded', {
          amount: object.amount_paid / 100,
          currency: object.currency,
          invoice: object.id,
        });
        await setUserProperties(String(user.id), { billing_state: 'paying', mrr: object.amount_paid / 100 });
      }
    }

    if (event.type === 'charge.refunded') {
      // refunds are reported by finance; nobody is logged in here
      await fetch(HEAP_TRACK_URL, { // expect: server-identity
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          app_id: HEAP_APP_ID,
          event: 'Refund Issued',
          properties: { amount: object.amount_refunded / 100, charge: object.id },
        }),
      });
    }

    if (event.type === 'customer.subscription.trial_will_end') {
      const user = await findUserByCustomer(app.pg, object.customer);
      if (!user) return reply.send({ ok: true });
      await fetch(HEAP_TRACK_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          app_id: HEAP_APP_ID,
          identity: String(user.id),
          event: 'Trial Ending Soon',
          properties: { trial_end: new Date(object.trial_end * 1000).toISOString() },
        }),
      });
    }

    return reply.send({ ok: true });
  });
};
