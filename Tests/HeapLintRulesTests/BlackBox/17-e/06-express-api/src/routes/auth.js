'use strict';

const express = require('express');
const heapClient = require('../lib/heap');
const analytics = require('../lib/segment');
const Users = require('../models/users');

const router = express.Router();

router.post('/signup', async (req, res, next) => {
  try {
    const user = await Users.create({
      email: req.body.email,
      password: req.body.password,
      company: req.body.company,
    });
    req.session.userId = user.id;

    await heapClient.addUserProperties(user.email, {
      plan: user.plan,
      signup_source: req.body.source || 'direct',
      company: user.company || '',
    });
    await heapClient.track('Signed Up', user.email, { plan: user.plan });

    analytics.identify({ userId: String(user.id), traits: { email: user.email, plan: user.plan } });
    analytics.track({ userId: String(user.id), event: 'Signed Up' });

    res.status(201).json({ id: user.id });
  } catch (err) {
    next(err);
  }
});

router.post('/login', async (req, res, next) => {
  try {
    const user = await Users.verify(req.body.email, req.body.password);
    if (!user) {
      analytics.track({ anonymousId: req.sessionID, event: 'Login Failed' });
      return res.status(401).json({ error: 'invalid_credentials' });
    }
    req.session.userId = user.id;
    await heapClient.track('Logged In', user.email, { method: 'password' });
    res.json({ id: user.id });
  } catch (err) {
    next(err);
  }
});

router.post('/logout', (req, res) => {
  req.session.destroy(() => res.status(204).end());
});

module.exports = router;
