'use strict';

const { post, setAccountProperties, trackEvent } = require('../lib/heap-http');

module.exports = async function teamRoutes(app) {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.user) return reply.code(401).send({ error: 'login required' });
  });

  app.post('/', async (request, reply) => {
    const { name, industry = 'other' } = request.body ?? {};
    const { rows } = await app.pg.query(
      'insert into teams (name, industry, owner_id) values ($1, $2, $3) returning id, created_at',
      [name, industry, request.user.id],
    );
    const team = rows[0];
    await setAccountProperties(String(team.id), { name, industry, created_at: team.created_at.toISOString() });
    await trackEvent(String(request.user.id), 'Team Created', { industry });
    return reply.code(201).send({ id: team.id });
  });

  app.patch('/:teamId/plan', async (request) => {
    const { teamId } = request.params;
    const { plan, seats } = request.body;
    await app.pg.query('update teams set plan = $1, seats = $2 where id = $3', [plan, seats, teamId]);
    // keep Heap's account view in sync
    await post('/add_account_properties', { // expect: server-identity
      properties: { plan, seats: Number(seats) },
    });
    await trackEvent(String(request.user.id), 'Plan Changed', { plan, seats: Number(seats) });
    return { ok: true };
  });

  app.post('/:teamId/members', async (request) => {
    const { teamId } = request.params;
    const { emails = [] } = request.body;
    const invited = [];
    for (const email of emails) {
      const { rows } = await app.pg.query('insert into invites (team_id, email) values ($1, $2) returning id', [teamId, email]);
      invited.push({ email, inviteId: rows[0].id });
    }
    await post('/track', {
      events: invited.map(({ email, inviteId }) => ({
        identity: email,
        event: 'Invited To Team',
        properties: { invite_id: String(inviteId) },
      })),
    });
    await setAccountProperties(String(teamId), { pending_invites: invited.length });
    return { invited: invited.length };
  });
};
