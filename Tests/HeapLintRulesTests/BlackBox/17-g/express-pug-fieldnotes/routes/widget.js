'use strict';

const express = require('express');
const Posts = require('../models/posts');
const Partners = require('../models/partners');

const router = express.Router();

// Embeddable "latest posts" iframe for partner sites.
router.get('/embed/:partner', async (req, res) => {
  const partner = await Partners.findBySlug(req.params.partner);
  if (!partner) return res.sendStatus(404);
  const posts = await Posts.latest(5);
  res.set('Content-Security-Policy', `frame-ancestors ${partner.origin}`);
  res.render('embed', { posts, partner });
});

module.exports = router;
