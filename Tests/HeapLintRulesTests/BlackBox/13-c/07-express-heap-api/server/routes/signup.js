'use strict';

const express = require('express');
const { heap } = require('../analytics');
const users = require('../models/users');

const router = express.Router();

router.post('/signup', async (req, res, next) => {
  try {
    const user = await users.create(req.body);
    await heap.track('Signup', user.email, { plan: user.plan, source: req.query.utm_source || 'direct' });
    await heap.addUserProperties(user.email, { company: user.company, seats: user.seats });
    res.status(201).json({ id: user.id });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
