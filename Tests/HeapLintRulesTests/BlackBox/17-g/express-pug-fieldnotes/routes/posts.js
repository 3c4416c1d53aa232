'use strict';

const express = require('express');
const heapServer = require('../lib/heapServer');
const Posts = require('../models/posts');

const router = express.Router();

function requireAuthor(req, res, next) {
  if (!req.session.user) return res.redirect('/login');
  next();
}

router.get('/posts/:slug', async (req, res, next) => {
  const post = await Posts.findBySlug(req.params.slug);
  if (!post) return next();
  res.render('post', { post, title: post.title });
});

router.post('/posts/:slug/publish', requireAuthor, async (req, res, next) => {
  try {
    const author = req.session.user;
    const post = await Posts.publish(req.params.slug, author.id);
    await heapServer.trackEvents([
      { identity: author.email, event: 'Post Published', properties: { slug: post.slug, words: post.wordCount } },
      { event: 'Site Content Updated', properties: { section: post.section, request_id: req.id } }, // expect: server-identity
    ]);
    res.redirect(`/posts/${post.slug}`);
  } catch (err) {
    next(err);
  }
});

router.get('/admin', requireAuthor, async (req, res) => {
  const drafts = await Posts.drafts();
  res.render('admin/dashboard', { drafts });
});

module.exports = router;
