'use strict';

const { randomUUID } = require('node:crypto');
const Fastify = require('fastify');
const config = require('./config');

const app = Fastify({
  logger: { level: config.env === 'production' ? 'info' : 'debug' },
  genReqId: (req) => req.headers['x-request-id'] || randomUUID(),
});

app.decorateRequest('user', null);

app.addHook('preHandler', async (request) => {
  const token = request.headers.authorization?.replace(/^Bearer /, '');
  if (!token) return;
  const { rows } = await app.pg.query('select id, email, team_id from sessions join users on users.id = sessions.user_id where token = $1', [token]);
  request.user = rows[0] || null;
});

app.register(require('./routes/auth'), { prefix: '/auth' });
app.register(require('./routes/billing'), { prefix: '/billing' });
app.register(require('./routes/teams'), { prefix: '/teams' });
app.register(require('./routes/admin'), { prefix: '/admin' });

app.listen({ port: config.port, host: '0.0.0.0' }).catch((err) => {
  app.log.error(err);
  process.exit(1);
});
