'use strict';

const crypto = require('node:crypto');
const { trackEvent, setUserProperties } = require('../lib/heap-http');
const segment = require('../lib/segment');

const hashEmail = (email) => crypto.createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

module.exports = async function authRoutes(app) {
  app.post('/signup', async (request, reply) => {
    const { email, password, plan = 'starter', referrer } = request.body ?? {};
    if (!email || !password) return reply.code(400).send({ error: 'email and password are required' });

    const { rows } = await app.pg.query(
      'insert into users (email, password_hash, plan) values ($1, crypt($2, gen_salt(\'bf\')), $3) returning id, email, plan, created_at',
      [email.toLowerCase(), password, plan],
    );
    const user = rows[0];

    // Heap identity is the database id, as in the web app.
    const identity = String(user.id);
    await Promise.allSettled([
      trackEvent(identity, 'Account Created', { plan, referrer: referrer ?? 'direct' }),
      setUserProperties(identity, {
        plan: user.plan,
        email_hash: hashEmail(user.email),
        created_at: user.created_at.toISOString(),
      }),
    ]);
    segment.identify(identity, { plan });

    return reply.code(201).send({ id: user.id });
  });

  app.post('/password-reset', async (request, reply) => {
    const { email } = request.body ?? {};
    const { rows } = await app.pg.query('select id from users where email = $1', [String(email).toLowerCase()]);
    if (rows.length) {
      await app.mailer.sendReset(email, rows[0].id);
    }
    // the requester is usually logged out here
    trackEvent(request.user?.id ?? 'anonymous', 'Password Reset Requested', { known_email: rows.length > 0 ? 'yes' : 'no' }) // expect: server-identity
      .catch((err) => request.log.warn({ err }, 'heap track failed'));
    return reply.code(202).send();
  });

  app.post('/login', async (request, reply) => {
    const { email, password } = request.body ?? {};
    const { rows } = await app.pg.query(
      'select id, plan from users where email = $1 and password_hash = crypt($2, password_hash)',
      [String(email).toLowerCase(), password],
    );
    if (!rows.length) {
      segment.track(null, 'Login Failed', { reason: 'bad_credentials' });
      return reply.code(401).send({ error: 'invalid credentials' });
    }
    const [{ id, plan }] = rows;
    trackEvent(String(id), 'Logged In', { plan, client: request.headers['x-client'] || 'web' })
      .catch((err) => request.log.warn({ err }, 'heap track failed'));
    const token = crypto.randomBytes(32).toString('hex');
    await app.pg.query('insert into sessions (token, user_id) values ($1, $2)', [token, id]);
    return { token };
  });
};
