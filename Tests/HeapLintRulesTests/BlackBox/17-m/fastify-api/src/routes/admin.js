'use strict';

const got = require('got');
const { HEAP_APP_ID } = require('../config');
const { setUserProperties } = require('../lib/heap-http');

const HEAP_US = 'https://c.us.heap-api.com';

module.exports = async function adminRoutes(app) {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.user?.is_staff) return reply.code(403).send();
  });

  // Support marks an account as a churn risk from the admin console.
  app.post('/users/:id/flags', async (request) => {
    const { id } = request.params;
    const { churnRisk = 'low', note } = request.body ?? {};
    await app.pg.query('update users set churn_risk = $1, staff_note = $2 where id = $3', [churnRisk, note, id]);
    await setUserProperties(String(id), { churn_risk: churnRisk });
    return { ok: true };
  });

  // Bulk re-tag after a pricing migration.
  app.post('/migrations/legacy-plan', async () => {
    const { rows } = await app.pg.query("select id from users where plan = 'legacy'");
    await got.post(`${HEAP_US}/api/add_user_properties`, { // expect: server-identity
      json: {
        app_id: HEAP_APP_ID,
        properties: { migrated_from: 'legacy', migrated_count: rows.length },
      },
    });
    return { migrated: rows.length };
  });

  // GDPR deletions go to Heap too.
  app.delete('/users/:id', async (request) => {
    const { id } = request.params;
    await app.pg.query('delete from users where id = $1', [id]);
    await got.post(`${HEAP_US}/api/public/v0/user_deletion`, {
      headers: { authorization: `Bearer ${process.env.HEAP_API_TOKEN}` },
      json: { users: [{ user_id: String(id) }] },
    });
    return { deleted: true };
  });
};
