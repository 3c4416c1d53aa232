const express = require('express');
const heapClient = require('../lib/heapClient');
const Users = require('../models/users');

const router = express.Router();

router.post('/signup', async (req, res, next) => {
  try {
    const { email, password, source = 'direct' } = req.body;
    const user = await Users.create({ email, password });
    req.session.userId = user.id;
    await heapClient.addUserProperties(String(user.id), { plan: 'trial', signup_source: source });
    await heapClient.track('Signed Up', String(user.id), { source });
    res.redirect('/welcome');
  } catch (err) {
    next(err);
  }
});

router.post('/login', async (req, res, next) => {
  try {
    const user = await Users.authenticate(req.body.email, req.body.password);
    if (!user) {
      return res.status(401).render('login', { error: 'Wrong email or password' });
    }
    req.session.userId = user.id;
    heapClient
      .track('Server Login', String(user.id), { via: 'form' })
      .catch((err) => req.log.warn({ err }, 'heap track failed'));
    return res.redirect(req.query.next || '/');
  } catch (err) {
    return next(err);
  }
});

router.post('/logout', (req, res) => {
  req.session.destroy(() => res.redirect('/'));
});

module.exports = router;
