'use strict';

const express = require('express');
const { Analytics } = require('@segment/analytics-node');
const heap = require('../lib/heapServer');
const Users = require('../models/users');

const router = express.Router();
const segment = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY });

router.get('/login', (req, res) => res.render('login'));
router.get('/register', (req, res) => res.render('register'));

router.post('/login', async (req, res) => {
  const user = await Users.authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).render('login', { error: 'Wrong email or password' });
  req.session.user = { id: user.id, email: user.email, handle: user.handle, postCount: user.postCount };
  res.redirect(req.query.next || '/');
});

router.post('/register', async (req, res, next) => {
  try {
    const user = await Users.create({ email: req.body.email, handle: req.body.handle, password: req.body.password });
    req.session.user = { id: user.id, email: user.email, handle: user.handle, postCount: 0 };
    await heap.addUserProperties(user.email, { signup_source: req.body.source || 'organic', handle: user.handle });
    segment.identify({ userId: String(user.id), traits: { email: user.email } });
    segment.track({ userId: String(user.id), event: 'Signed Up' });
    res.redirect('/welcome');
  } catch (err) {
    next(err);
  }
});

router.post('/logout', (req, res) => {
  req.session.destroy(() => res.redirect('/'));
});

module.exports = router;
